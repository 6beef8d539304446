using System.Globalization;
using System.Text;

// Not Podium.Render.Math: a namespace called Math inside Podium.Render would hide System.Math from
// every file in Podium.Render and below (Math.Min, Math.Round…), which all resolve Math there first.
namespace Podium.Render.TexMath;

/// <summary>
/// Turns TeX into escaped HTML text that reads well without a math library: Unicode symbols, Greek
/// letters, &lt;sup&gt;/&lt;sub&gt; scripts, <c>a/b</c> fractions, <c>√x</c>, double-struck and
/// script capitals, italic variables and upright operator names.
/// </summary>
/// <remarks>
/// The input comes from contributors, so every character of text that reaches the output is
/// escaped and the only markup is the fixed set of tags written here (i, b, sup, sub, br). The
/// converter reads each character once; group nesting deeper than <see cref="MaxDepth"/> is
/// shown as plain text, which bounds both the recursion and the copying of nested arguments.
/// Unknown commands show their name without the backslash, so no backslash reaches a page.
/// </remarks>
public static class TexText
{
    /// <summary>Nesting of groups and arguments past which the rest of a group is shown as plain text.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Converts the inside of <c>$…$</c> (math mode) to HTML; without tags when
    /// <paramref name="tags"/> is false (for alt text).
    /// </summary>
    public static string MathToHtml(string? tex, bool tags = true) => Convert(tex, Mode.Math, tags);

    /// <summary>Converts running text with TeX commands (text mode, as in <c>\textit{…}</c> or <c>\text{…}</c>) to HTML.</summary>
    public static string TextToHtml(string? tex, bool tags = true) => Convert(tex, Mode.Text, tags);

    private static string Convert(string? tex, Mode mode, bool tags)
    {
        if (string.IsNullOrEmpty(tex)) return "";
        var writer = new Writer(tags);
        new Converter(tex).Sequence(writer, 0, mode, Font.Italic, '\0');
        return writer.ToString();
    }

    private enum Mode { Math, Text }

    // Italic is math's default for Latin letters (variables); in text mode it means "as written".
    private enum Font { Italic, Upright, DoubleStruck, Script, Fraktur }

    private sealed class Converter(string s)
    {
        private int _pos;

        // Inside \begin{…}…\end{…}, where `&` separates columns; elsewhere it is an ampersand.
        private int _environments;

        private const int LongestSkipped = 100;

        /// <summary>Converts until <paramref name="stop"/> (not consumed) or the end; a stray closing brace is dropped.</summary>
        public void Sequence(Writer w, int depth, Mode mode, Font font, char stop)
        {
            while (_pos < s.Length)
            {
                var c = s[_pos];
                if (c == stop && stop != '\0') return;
                if (c == '}')
                {
                    _pos++;
                    continue;
                }
                Atom(w, depth, mode, font);
            }
        }

        // Always consumes at least one character, so Sequence terminates.
        private void Atom(Writer w, int depth, Mode mode, Font font)
        {
            var c = s[_pos];
            switch (c)
            {
                case '{':
                    _pos++;
                    Group(w, depth + 1, mode, font);
                    return;
                case '\\':
                    Command(w, depth, mode, font);
                    return;
                case '^' or '_' when mode == Mode.Math:
                    Script(w, depth, mode, font, c == '^' ? "sup" : "sub");
                    return;
                case '$':
                    _pos++;
                    // In text, a dollar without a closing one is a price, not math. (The search is
                    // linear overall: a match is consumed, and a failed search finds no later dollar.)
                    if (mode == Mode.Math) return;
                    if (s.IndexOf('$', _pos) < 0) w.Emit('$');
                    else InlineMath(w, depth + 1);
                    return;
                case '~':
                    _pos++;
                    w.PendingSpace = true;
                    return;
                case '&' when mode == Mode.Math && _environments > 0:
                    _pos++;
                    w.PendingSpace = true;
                    return;
                case '\'' when mode == Mode.Math:
                    var primes = Run('\'');
                    w.Emit(primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', primes) });
                    return;
                case '-':
                    if (mode == Mode.Math)
                    {
                        _pos++;
                        w.Emit('−');
                        return;
                    }
                    var dashes = Run('-');
                    w.Emit(dashes switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('-', dashes) });
                    return;
                case '`' when mode == Mode.Text:
                    w.Emit(Run('`') >= 2 ? '“' : '‘');
                    return;
                case '\'' when mode == Mode.Text:
                    w.Emit(Run('\'') >= 2 ? '”' : '’');
                    return;
            }
            if (char.IsWhiteSpace(c))
            {
                while (_pos < s.Length && char.IsWhiteSpace(s[_pos])) _pos++;
                w.PendingSpace = true;
                return;
            }
            if (char.IsAsciiLetter(c))
            {
                var start = _pos;
                while (_pos < s.Length && char.IsAsciiLetter(s[_pos])) _pos++;
                Letters(w, s.AsSpan(start, _pos - start), mode, font);
                return;
            }
            _pos++;
            if (char.IsAsciiDigit(c) && font == Font.DoubleStruck)
            {
                w.Emit(char.ConvertFromUtf32(0x1D7D8 + c - '0'));
                return;
            }
            w.Emit(c);
        }

        private int Run(char c)
        {
            var start = _pos;
            while (_pos < s.Length && s[_pos] == c) _pos++;
            return _pos - start;
        }

        private static void Letters(Writer w, ReadOnlySpan<char> letters, Mode mode, Font font)
        {
            switch (font)
            {
                case Font.Italic when mode == Mode.Math:
                    w.Emit(letters, "i");
                    return;
                case Font.Italic or Font.Upright:
                    w.Emit(letters);
                    return;
            }
            foreach (var letter in letters)
            {
                w.Emit(font switch
                {
                    Font.DoubleStruck => Alphabets.DoubleStruckLetter(letter),
                    Font.Script => Alphabets.ScriptLetter(letter),
                    _ => Alphabets.FrakturLetter(letter),
                });
            }
        }

        // After the opening brace; consumes the closing one.
        private void Group(Writer w, int depth, Mode mode, Font font)
        {
            if (depth > MaxDepth) PlainUntilClose(w);
            else Sequence(w, depth, mode, font, '}');
            if (_pos < s.Length && s[_pos] == '}') _pos++;
        }

        // $…$ inside \text{…}: math until the next dollar.
        private void InlineMath(Writer w, int depth)
        {
            if (depth > MaxDepth) PlainUntil(w, '$');
            else Sequence(w, depth, Mode.Math, Font.Italic, '$');
            if (_pos < s.Length && s[_pos] == '$') _pos++;
        }

        /// <summary>Reads one TeX argument: a braced group, a command, or a single character.</summary>
        private void Argument(Writer w, int depth, Mode mode, Font font)
        {
            SkipSpace();
            if (_pos >= s.Length) return;
            var c = s[_pos];
            if (depth > MaxDepth)
            {
                _pos++;
                if (c == '{')
                {
                    PlainUntilClose(w);
                    if (_pos < s.Length) _pos++;
                }
                else if (c != '\\')
                {
                    w.Emit(c);
                }
                return;
            }
            switch (c)
            {
                case '{':
                    _pos++;
                    Group(w, depth, mode, font);
                    return;
                case '\\':
                    Command(w, depth, mode, font);
                    return;
                case '}':
                    // `x^}`: no argument; the brace belongs to the enclosing group.
                    return;
            }
            if (char.IsAsciiLetter(c))
            {
                // One letter only: `x^ab` raises a, not ab.
                _pos++;
                Letters(w, s.AsSpan(_pos - 1, 1), mode, font);
                return;
            }
            if (c is '^' or '_' or '\'' or '$' or '&' or '~')
            {
                // Characters that would start another construct are shown as they are, so an
                // argument never recurses on its own without consuming input.
                _pos++;
                w.Emit(c);
                return;
            }
            Atom(w, depth, mode, font);
        }

        private Writer ArgumentTo(int depth, Mode mode, Font font, bool tags)
        {
            var inner = new Writer(tags);
            Argument(inner, depth, mode, font);
            return inner;
        }

        private void SkipSpace()
        {
            while (_pos < s.Length && char.IsWhiteSpace(s[_pos])) _pos++;
        }

        private void SkipSpaceBeforeTerm()
        {
            var next = _pos;
            while (next < s.Length && char.IsWhiteSpace(s[next])) next++;
            if (next > _pos && next < s.Length && char.IsAsciiLetterOrDigit(s[next])) _pos = next;
        }

        private bool Next(char c)
        {
            SkipSpace();
            if (_pos < s.Length && s[_pos] == c)
            {
                _pos++;
                return true;
            }
            return false;
        }

        private void Script(Writer w, int depth, Mode mode, Font font, string tag)
        {
            _pos++;
            if (depth + 1 > MaxDepth)
            {
                w.Emit(s[_pos - 1]);
                return;
            }
            var separate = w.SeparateNext;
            w.SeparateNext = false;
            w.PendingSpace = false;
            w.Open(tag);
            Argument(w, depth + 1, mode, font);
            w.PendingSpace = false;
            w.Close(tag);
            w.SeparateNext = separate;
        }

        private void Command(Writer w, int depth, Mode mode, Font font)
        {
            _pos++;
            if (_pos >= s.Length) return;
            var c = s[_pos];
            if (!char.IsAsciiLetter(c))
            {
                _pos++;
                ControlSymbol(w, depth, mode, font, c);
                return;
            }
            var start = _pos;
            while (_pos < s.Length && char.IsAsciiLetter(s[_pos])) _pos++;
            var name = s.Substring(start, _pos - start);
            if (name == "operatorname" && _pos < s.Length && s[_pos] == '*') _pos++;

            if (Symbols.Table.TryGetValue(name, out var symbol))
            {
                w.Emit(symbol);
                // TeX ends a command name at the space after it, so `\partial L` and `\alpha x`
                // are set ∂L and αx. The space stays before anything else (`\alpha = 1`), where
                // it is the reader's only cue that TeX would space a relation.
                if (mode == Mode.Math && (char.IsLetter(symbol[0]) || symbol is "∂" or "∇" or "∀" or "∃" or "¬"))
                {
                    SkipSpaceBeforeTerm();
                }
                return;
            }
            if (Symbols.Ignored.Contains(name))
            {
                if (name is "left" or "right" or "middle" || name.StartsWith("big", StringComparison.OrdinalIgnoreCase))
                {
                    // `\left.` is an invisible delimiter.
                    Next('.');
                }
                return;
            }
            if (Symbols.Spaces.Contains(name))
            {
                w.PendingSpace = true;
                return;
            }
            if (Symbols.Accents.TryGetValue(name, out var accent))
            {
                Accent(w, depth, mode, font, accent);
                return;
            }
            switch (name)
            {
                case "frac" or "dfrac" or "tfrac" or "cfrac":
                    Fraction(w, depth, mode, font);
                    return;
                case "binom" or "dbinom" or "tbinom":
                    Binomial(w, depth, mode, font);
                    return;
                case "sqrt":
                    Root(w, depth, mode, font);
                    return;
                case "mathbb" or "Bbb" or "mathbbm" or "bbold":
                    Argument(w, depth + 1, mode, Font.DoubleStruck);
                    return;
                case "mathcal" or "mathscr" or "cal":
                    Argument(w, depth + 1, mode, Font.Script);
                    return;
                case "mathfrak":
                    Argument(w, depth + 1, mode, Font.Fraktur);
                    return;
                case "mathrm" or "mathsf" or "mathtt" or "mathup" or "mathop" or "mathbin" or "mathrel" or "mathord"
                    or "mathpunct" or "mathinner":
                    Argument(w, depth + 1, mode, Font.Upright);
                    return;
                case "mathit" or "mathnormal":
                    Argument(w, depth + 1, mode, Font.Italic);
                    return;
                case "mathbf" or "pmb":
                    Styled(w, depth, mode, Font.Upright, "b");
                    return;
                case "bm" or "boldsymbol" or "mathbfit":
                    Styled(w, depth, mode, Font.Italic, "b");
                    return;
                case "textbf":
                    Styled(w, depth, Mode.Text, Font.Upright, "b");
                    return;
                case "textit" or "emph" or "textsl":
                    Styled(w, depth, Mode.Text, Font.Upright, "i");
                    return;
                case "text" or "textrm" or "textnormal" or "textup" or "textsf" or "texttt" or "textsc" or "textmd"
                    or "mbox" or "hbox" or "fbox" or "underline":
                    Argument(w, depth + 1, Mode.Text, Font.Upright);
                    return;
                case "ensuremath" or "boxed" or "underbrace" or "overbrace":
                    Argument(w, depth + 1, mode, font);
                    return;
                case "operatorname":
                    w.BeginWord();
                    Argument(w, depth + 1, mode, Font.Upright);
                    w.SeparateNext = true;
                    return;
                case "overset" or "stackrel" or "underset":
                    Overset(w, depth, mode, font, name == "underset" ? "sub" : "sup");
                    return;
                case "pmod":
                    w.PendingSpace = true;
                    w.Emit("(mod");
                    w.PendingSpace = true;
                    Argument(w, depth + 1, mode, font);
                    w.PendingSpace = false;
                    w.Emit(')');
                    return;
                case "begin":
                    var environment = SkipGroup();
                    if (environment is "array" or "tabular") SkipGroup();
                    _environments++;
                    return;
                case "end":
                    SkipGroup();
                    _environments = Math.Max(0, _environments - 1);
                    w.PendingSpace = true;
                    return;
                case "label" or "color" or "vspace" or "phantom" or "vphantom" or "cite" or "ref" or "eqref":
                    SkipGroup();
                    return;
                case "hspace" or "hphantom":
                    SkipGroup();
                    w.PendingSpace = true;
                    return;
                case "textcolor" or "colorbox":
                    SkipGroup();
                    Argument(w, depth + 1, mode, font);
                    return;
                case "tag":
                    w.PendingSpace = true;
                    w.Emit('(');
                    Argument(w, depth + 1, Mode.Text, Font.Upright);
                    w.Emit(')');
                    return;
            }
            // Operator names (\log, \max, \arg…) and commands this converter does not know are
            // shown as upright words, the way TeX sets operator names.
            if (mode == Mode.Math) w.Word(Symbols.Words.TryGetValue(name, out var word) ? word : name);
            else w.Emit(name);
        }

        // \x where x is not a letter.
        private void ControlSymbol(Writer w, int depth, Mode mode, Font font, char c)
        {
            switch (c)
            {
                case ',' or ';' or ':' or '>' or ' ' or '\t' or '\n' or '\r':
                    w.PendingSpace = true;
                    return;
                case '!' or '/' or '-':
                    // Negative thin space, italic correction, discretionary hyphen: nothing to show.
                    return;
                case '\\':
                    w.LineBreak();
                    SkipGroupIf('[', ']');
                    return;
                case '|':
                    w.Emit('‖');
                    return;
                case '(' or ')' or '[' or ']' when mode == Mode.Text:
                    // \( \) \[ \] delimit math in text; the content reads fine as it is.
                    return;
                case '\'' or '`' or '"' or '^' or '~' or '=' or '.' when mode == Mode.Text || c != '^':
                    Accent(w, depth, mode, font, c switch
                    {
                        '\'' => '\u0301',
                        '`' => '\u0300',
                        '"' => '\u0308',
                        '^' => '\u0302',
                        '~' => '\u0303',
                        '=' => '\u0304',
                        _ => '\u0307',
                    });
                    return;
            }
            w.Emit(c);
        }

        private void Styled(Writer w, int depth, Mode mode, Font font, string tag)
        {
            w.Append(ArgumentTo(depth + 1, mode, font, w.Tags), tag);
        }

        private void Fraction(Writer w, int depth, Mode mode, Font font)
        {
            var numerator = ArgumentTo(depth + 1, mode, font, w.Tags);
            var denominator = ArgumentTo(depth + 1, mode, font, w.Tags);
            if (numerator.IsDigits && denominator.IsDigits)
            {
                // U+2044 FRACTION SLASH: fonts that know it draw 1⁄2 as a small fraction.
                w.Append(numerator);
                w.Emit('⁄');
                w.Append(denominator);
                return;
            }
            Operand(w, numerator);
            w.Emit('/');
            Operand(w, denominator);
        }

        // A fraction's part in parentheses unless it is a single term (x, 12, α, x₁, 0.5).
        private static void Operand(Writer w, Writer part)
        {
            if (part.IsAtomic)
            {
                w.Append(part);
                return;
            }
            w.Emit('(');
            w.Append(part);
            w.Emit(')');
        }

        private void Binomial(Writer w, int depth, Mode mode, Font font)
        {
            var n = ArgumentTo(depth + 1, mode, font, w.Tags);
            var k = ArgumentTo(depth + 1, mode, font, w.Tags);
            w.Emit('(');
            w.Append(n);
            w.PendingSpace = true;
            w.Emit("choose");
            w.PendingSpace = true;
            w.Append(k);
            w.Emit(')');
        }

        private void Root(Writer w, int depth, Mode mode, Font font)
        {
            Writer? index = null;
            if (Next('['))
            {
                index = new Writer(w.Tags);
                if (depth + 1 > MaxDepth) PlainUntil(index, ']');
                else Sequence(index, depth + 1, mode, font, ']');
                if (_pos < s.Length) _pos++;
            }
            var radicand = ArgumentTo(depth + 1, mode, font, w.Tags);
            if (index is { IsEmpty: false })
            {
                w.PendingSpace = false;
                w.Open("sup");
                w.Append(index);
                w.Close("sup");
            }
            w.Emit('√');
            Operand(w, radicand);
        }

        private void Accent(Writer w, int depth, Mode mode, Font font, char combining)
        {
            var inner = ArgumentTo(depth + 1, mode, font, w.Tags);
            // A combining mark only makes sense over one character; over a longer argument
            // (\hat{xy}, \overline{AB}) the text alone reads better than a mark on its last letter.
            if (inner.IsSingleCharacter) inner.AddCombining(combining);
            w.Append(inner);
        }

        private void Overset(Writer w, int depth, Mode mode, Font font, string tag)
        {
            var over = ArgumentTo(depth + 1, mode, font, w.Tags);
            var body = ArgumentTo(depth + 1, mode, font, w.Tags);
            w.Append(body);
            w.PendingSpace = false;
            w.Open(tag);
            w.Append(over);
            w.Close(tag);
        }

        /// <summary>
        /// Skips a braced argument that is not shown (an environment name, a label, a colour) and
        /// returns its text. One not closed soon is left to be shown: a stray <c>\begin{</c> must not
        /// hide the rest of the formula.
        /// </summary>
        private string? SkipGroup()
        {
            if (!Next('{')) return null;
            var start = _pos;
            var nesting = 0;
            for (var i = start; i < s.Length && i - start < LongestSkipped; i++)
            {
                var c = s[i];
                if (c == '\\') i++;
                else if (c == '{') nesting++;
                else if (c == '}' && nesting-- == 0)
                {
                    _pos = i + 1;
                    return s.Substring(start, i - start);
                }
            }
            return null;
        }

        private void SkipGroupIf(char open, char close)
        {
            // `\\[2pt]`: the optional spacing after a line break.
            if (_pos < s.Length && s[_pos] == open)
            {
                var end = s.IndexOf(close, _pos, Math.Min(16, s.Length - _pos));
                if (end > 0) _pos = end + 1;
            }
        }

        /// <summary>
        /// Past the nesting limit: the group's characters as escaped text, without backslashes and
        /// braces, up to its closing brace.
        /// </summary>
        private void PlainUntilClose(Writer w)
        {
            var nesting = 0;
            while (_pos < s.Length)
            {
                var c = s[_pos];
                if (c == '}' && nesting-- == 0) return;
                if (c == '{') nesting++;
                _pos++;
                if (c is not ('\\' or '{' or '}')) w.Emit(c);
            }
        }

        private void PlainUntil(Writer w, char stop)
        {
            while (_pos < s.Length && s[_pos] != stop)
            {
                var c = s[_pos++];
                if (c != '\\') w.Emit(c);
            }
        }
    }

    /// <summary>
    /// Collects HTML: escapes every visible character, collapses spaces (a space is written only
    /// between two visible characters, and not inside brackets), and keeps the facts fractions and
    /// accents need about what was written (a single term? a single character?).
    /// </summary>
    private sealed class Writer(bool tags)
    {
        private readonly StringBuilder _html = new();
        private char _first;
        private char _last;
        private int _visible;
        private int _scripts;
        private bool _atomic = true;
        private bool _digits = true;

        public bool Tags => tags;

        /// <summary>Whitespace was read; a space is written before the next visible character.</summary>
        public bool PendingSpace { get; set; }

        /// <summary>
        /// An operator word was written; a letter or digit right after it gets a space, so that
        /// <c>\log{}n</c> reads "log n", not "logn".
        /// </summary>
        public bool SeparateNext { get; set; }

        public bool IsEmpty => _visible == 0;

        public bool IsAtomic => _visible > 0 && _atomic;

        public bool IsDigits => _visible > 0 && _digits;

        public bool IsSingleCharacter => _visible == 1 || (_visible == 2 && char.IsHighSurrogate(_first));

        public void Emit(char c)
        {
            Before(c);
            Escape(c);
            After(c);
        }

        public void Emit(string text) => Emit(text.AsSpan());

        public void Emit(ReadOnlySpan<char> text, string? tag = null)
        {
            if (text.IsEmpty) return;
            Before(text[0]);
            if (tag is not null) Open(tag);
            foreach (var c in text)
            {
                Escape(c);
                After(c);
            }
            if (tag is not null) Close(tag);
        }

        /// <summary>An upright operator name, set apart from letters and digits on either side.</summary>
        public void Word(string word)
        {
            BeginWord();
            Emit(word);
            SeparateNext = true;
        }

        public void BeginWord()
        {
            if (IsWordCharacter(_last)) PendingSpace = true;
        }

        public void Open(string tag)
        {
            if (tags) _html.Append('<').Append(tag).Append('>');
            // Text inside a script does not run into the word before it.
            _last = '\0';
            if (tag is "sup" or "sub") _scripts++;
        }

        public void Close(string tag)
        {
            if (tags) _html.Append("</").Append(tag).Append('>');
            if (tag is "sup" or "sub") _scripts--;
        }

        public void LineBreak()
        {
            PendingSpace = false;
            SeparateNext = false;
            if (_visible == 0) return;
            if (tags) _html.Append("<br>");
            else Emit(' ');
            _last = ' ';
        }

        /// <summary>Appends what another writer collected, optionally wrapped in a tag.</summary>
        public void Append(Writer inner, string? tag = null)
        {
            if (inner._visible == 0) return;
            Before(inner._first);
            if (tag is not null) Open(tag);
            _html.Append(inner._html);
            if (tag is not null) Close(tag);
            if (_visible == 0) _first = inner._first;
            _visible += inner._visible;
            if (_scripts == 0)
            {
                _atomic &= inner._atomic;
                _digits &= inner._digits;
            }
            _last = inner._last;
        }

        /// <summary>A combining accent on the last character, inside its closing tag so that it joins the letter.</summary>
        public void AddCombining(char mark)
        {
            var closing = tags && _html.Length > 4 && _html[^4] == '<' && _html[^3] == '/' && _html[^1] == '>' ? 4 : 0;
            _html.Insert(_html.Length - closing, mark);
        }

        public override string ToString() => _html.ToString();

        private void Before(char first)
        {
            if (SeparateNext && IsWordCharacter(first)) PendingSpace = true;
            SeparateNext = false;
            if (PendingSpace && _visible > 0 && _last is not (' ' or '(' or '[' or '{' or '⟨' or '⌊' or '⌈')
                && first is not (' ' or ')' or ']' or '}' or '⟩' or '⌋' or '⌉' or ',' or ';'))
            {
                _html.Append(' ');
                After(' ');
            }
            PendingSpace = false;
        }

        private void After(char c)
        {
            if (_visible == 0) _first = c;
            _visible++;
            _last = c;
            // A script is set apart by its size, so x<sub>i+1</sub> is still one term.
            if (_scripts > 0) return;
            _digits &= char.IsAsciiDigit(c);
            _atomic &= char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c is '.' or '′' or '″' or '∞' or '∂' or '∇' or '√'
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
        }

        private void Escape(char c)
        {
            switch (c)
            {
                case '&': _html.Append("&amp;"); break;
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '"': _html.Append("&quot;"); break;
                case '\'': _html.Append("&#39;"); break;
                default: _html.Append(c); break;
            }
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);
    }
}
