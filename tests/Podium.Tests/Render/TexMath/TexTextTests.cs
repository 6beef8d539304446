using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Podium.Render.TexMath;
using Podium.Tests.Support;
using Xunit.Abstractions;

// Not Podium.Tests.Render.Math, which would hide System.Math from the other Render tests.

namespace Podium.Tests.Render.TexMath;

public sealed class TexTextTests(ITestOutputHelper output)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(@"O(n^2)", "<i>O</i>(<i>n</i><sup>2</sup>)")]
    [InlineData(@"75.3\%", "75.3%")]
    [InlineData(@"\alpha", "α")]
    [InlineData(@"\Omega \varepsilon \epsilon \ell", "Ω ε ϵ ℓ")]
    [InlineData(@"\mathcal{O}(n \log n)", "𝒪(<i>n</i> log <i>n</i>)")]
    [InlineData(@"n\log n", "<i>n</i> log <i>n</i>")]
    [InlineData(@"10^{-3}", "10<sup>−3</sup>")]
    [InlineData(@"x_i", "<i>x</i><sub><i>i</i></sub>")]
    [InlineData(@"x^{a_{b^c}}", "<i>x</i><sup><i>a</i><sub><i>b</i><sup><i>c</i></sup></sub></sup>")]
    [InlineData(@"x^ab", "<i>x</i><sup><i>a</i></sup><i>b</i>")]
    [InlineData(@"\frac{1}{2}", "1⁄2")]
    [InlineData(@"\frac12", "1⁄2")]
    [InlineData(@"\frac{a}{b}", "<i>a</i>/<i>b</i>")]
    [InlineData(@"\frac{a+b}{2}", "(<i>a</i>+<i>b</i>)/2")]
    [InlineData(@"\frac{\partial L}{\partial w}", "∂<i>L</i>/∂<i>w</i>")]
    [InlineData(@"\sqrt{d_k}", "√<i>d</i><sub><i>k</i></sub>")]
    [InlineData(@"\sqrt{x+1}", "√(<i>x</i>+1)")]
    [InlineData(@"\sqrt[3]{x}", "<sup>3</sup>√<i>x</i>")]
    [InlineData(@"\frac{QK^\top}{\sqrt{d_k}}", "<i>QK</i><sup>⊤</sup>/√<i>d</i><sub><i>k</i></sub>")]
    [InlineData(@"\times \cdot \pm \leq \geq \neq \approx \sim \propto \infty", "× · ± ≤ ≥ ≠ ≈ ∼ ∝ ∞")]
    [InlineData(@"\to \rightarrow \leftarrow \Rightarrow \in \notin \subset", "→ → ← ⇒ ∈ ∉ ⊂")]
    [InlineData(@"\sum \prod \int \partial \nabla", "∑ ∏ ∫ ∂ ∇")]
    [InlineData(@"\exp(x) \min \max \arg", "exp(<i>x</i>) min max arg")]
    [InlineData(@"\mathbb{R}^n", "ℝ<sup><i>n</i></sup>")]
    [InlineData(@"\mathbb{N} \mathbb{Z} \mathbb{Q} \mathbb{C} \mathbb{E} \mathbb{P}", "ℕ ℤ ℚ ℂ 𝔼 ℙ")]
    [InlineData(@"\mathbb{1}", "𝟙")]
    [InlineData(@"\text{if } x", "if <i>x</i>")]
    [InlineData(@"\mathrm{softmax}(x)", "softmax(<i>x</i>)")]
    [InlineData(@"\operatorname{ReLU}(x)", "ReLU(<i>x</i>)")]
    [InlineData(@"\operatorname*{arg\,max}_\theta", "arg max<sub>θ</sub>")]
    [InlineData(@"\textbf{new} \textit{old}", "<b>new</b> <i>old</i>")]
    [InlineData(@"\mathbf{x}", "<b>x</b>")]
    [InlineData(@"a\,b\;c\ d\quad e", "<i>a</i> <i>b</i> <i>c</i> <i>d</i> <i>e</i>")]
    [InlineData(@"\{0, 1\}^d", "{0, 1}<sup><i>d</i></sup>")]
    [InlineData(@"\left( \frac{1}{n} \right)", "(1/<i>n</i>)")]
    [InlineData(@"\left. x \right|", "<i>x</i> |")]
    [InlineData(@"\ell_2", "ℓ<sub>2</sub>")]
    [InlineData(@"\approx 3\times", "≈ 3×")]
    [InlineData(@"\hat{y}", "<i>y\u0302</i>")]
    [InlineData(@"\hat{\theta}_{\text{MLE}}", "θ\u0302<sub>MLE</sub>")]
    [InlineData(@"x'' + y'", "<i>x</i>″ + <i>y</i>′")]
    [InlineData(@"\mathbb{E}_{x \sim p}[f(x)]", "𝔼<sub><i>x</i> ∼ <i>p</i></sub>[<i>f</i>(<i>x</i>)]")]
    [InlineData(@"\|x\|_2", "‖<i>x</i>‖<sub>2</sub>")]
    [InlineData(@"\binom{n}{k}", "(<i>n</i> choose <i>k</i>)")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "<i>a</i> <i>b</i><br><i>c</i> <i>d</i>")]
    [InlineData(@"\foo{x}", "foo <i>x</i>")]
    [InlineData(@"\foo", "foo")]
    [InlineData(@"a & b", "<i>a</i> &amp; <i>b</i>")]
    [InlineData(@"", "")]
    public void Converts_math(string tex, string html) => Assert.Equal(html, TexText.MathToHtml(tex));

    [Theory]
    [InlineData(@"\textit{FooNet} is \emph{fast}", "<i>FooNet</i> is <i>fast</i>")]
    [InlineData(@"\textbf{Bold} text", "<b>Bold</b> text")]
    [InlineData(@"75.3\% and \$5", "75.3% and $5")]
    [InlineData(@"pre-trained -- 1--2 --- done", "pre-trained – 1–2 — done")]
    [InlineData(@"``quoted''", "“quoted”")]
    [InlineData(@"area $x^2$ here", "area <i>x</i><sup>2</sup> here")]
    [InlineData(@"G\""odel and Erd\H{o}s", "Gödel and Erdős")]
    [InlineData(@"x^2_i", "x^2_i")]
    public void Converts_text(string tex, string html) => Assert.Equal(html, TexText.TextToHtml(tex).Normalize(NormalizationForm.FormC));

    [Theory]
    [InlineData("<script>alert(\"x\")</script>")]
    [InlineData(@"\text{<script>alert('x')</script>}")]
    [InlineData(@"\textbf{<img src=x onerror=alert(1)>}")]
    [InlineData(@"\frac{<b>}{</sup>} \sqrt{&amp;} x^{\""'><svg onload=alert(1)>}")]
    [InlineData(@"\begin{<script>}x\end{<script>} \<script\> \mathbb{<} \hat{<}")]
    public void Every_piece_of_text_is_escaped(string tex)
    {
        foreach (var html in new[] { TexText.MathToHtml(tex), TexText.TextToHtml(tex) })
        {
            var body = Parser.ParseDocument("<body>" + html + "</body>").Body!;
            var elements = body.QuerySelectorAll("*").Select(e => e.LocalName).ToList();
            Assert.All(elements, name => Assert.Contains(name, new[] { "i", "b", "sup", "sub", "br" }));
            Assert.All(body.QuerySelectorAll("*"), e => Assert.Empty(e.Attributes));
            Assert.DoesNotContain("\"", html);
            Assert.DoesNotContain("'", html);
        }
    }

    [Fact]
    public void Script_inside_math_comes_out_as_text()
    {
        var html = TexText.MathToHtml("<script>alert(1)</script>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
        Assert.Equal("<script>alert(1)</script>", Parser.ParseDocument("<body>" + html + "</body>").Body!.TextContent);
    }

    [Theory]
    [InlineData(@"\alpha\beta\unknown\x\y\\\,\;\!\@\#\$\%\&\_\{\}\|\ \\")]
    [InlineData(@"\frac\sqrt\mathbb\hat\text\operatorname\begin\end\left\right\")]
    [InlineData(@"\textbackslash \mathcal{\O} \c{c} \v \u \H \r \k \i \o")]
    public void No_backslash_reaches_the_output(string tex)
    {
        Assert.DoesNotContain('\\', TexText.MathToHtml(tex));
        Assert.DoesNotContain('\\', TexText.TextToHtml(tex));
    }

    [Fact]
    public void Groups_nested_past_the_limit_are_plain_text()
    {
        static string Nest(int depth, string inner) => new string('{', depth) + inner + new string('}', depth);

        Assert.Equal("<i>x</i><sup>2</sup>", TexText.MathToHtml(Nest(TexText.MaxDepth - 1, "x^2")));
        var deep = TexText.MathToHtml(Nest(TexText.MaxDepth + 8, @"x^2 \alpha"));
        Assert.Equal("x^2 alpha", deep);
    }

    [Theory]
    [InlineData("{", "}")]
    [InlineData(@"\frac{", "}{2}")]
    [InlineData(@"\sqrt{", "}")]
    [InlineData(@"\sqrt[", "]{x}")]
    [InlineData("x^{", "}")]
    [InlineData(@"\hat{", "}")]
    [InlineData(@"\text{$", "$}")]
    [InlineData(@"\frac", "")]
    [InlineData(@"\sqrt", "")]
    [InlineData("^", "")]
    public void Deep_nesting_is_bounded(string open, string close)
    {
        // 100,000 levels would overflow the stack of a converter that recursed without a limit.
        const int Depth = 100_000;
        var tex = string.Concat(Enumerable.Repeat(open, Depth)) + "x" + string.Concat(Enumerable.Repeat(close, Depth));
        var html = TexText.MathToHtml(tex);
        Assert.Contains("x", html);
        Assert.DoesNotContain('\\', html);
        TexText.TextToHtml(tex);
    }

    [Fact]
    public void A_megabyte_of_tex_converts_in_well_under_a_second()
    {
        const string Abstract = @"We get $O(n^2)$ with 75.3\% and $\alpha$-divergence, \textit{new} $\mathcal{O}(n \log n)$, "
            + @"$10^{-3}$, $x_i$, $\frac{1}{2}$, $\sqrt{d_k}$, $\times$, $\leq$, $\mathbb{R}^n$, $\ell_2$, $\approx 3\times$. ";
        string Megabyte(string unit) => string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length + 1))[..(1 << 20)];
        var inputs = new (string Name, string Tex)[]
        {
            ("abstracts", Megabyte(Abstract)),
            ("formulas", Megabyte(@"\frac{\sqrt{x_i^{2}}}{\mathbb{R}} + \hat{y} \log n \left( \sum_{i=1}^{n} a_i \right) ")),
            ("unclosed-groups", Megabyte(@"\frac{\sqrt[x^{\hat{")),
            ("scripts", Megabyte("x^")),
        };
        TexText.MathToHtml(Abstract);
        foreach (var (name, tex) in inputs)
        {
            // CPU time of this thread: the conversion is single-threaded, and other tests waiting for
            // one of the two cores do not count against it as they would with a wall clock.
            var ((math, text), cpu) = Budgets.OnThisThread(() => (TexText.MathToHtml(tex), TexText.TextToHtml(tex)));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: 1 MiB in {cpu.TotalMilliseconds:0} ms of CPU (math and text mode)"));
            Assert.NotEmpty(math);
            Assert.NotEmpty(text);
            // Typically 20–200 ms; a quadratic path would take minutes.
            Assert.True(cpu < TimeSpan.FromSeconds(3), $"{name}: {cpu}");
        }
    }
}
