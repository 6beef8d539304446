using System.Globalization;
using System.Text;

namespace Podium.Render.TexMath;

// Commands: \frac, \sqrt, fonts, accents, symbols and the rest of what a backslash starts.
internal sealed partial class TexConverter
{
    private void Command(TexWriter w, int depth, TexMode mode, TexFont font)
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
            if (mode == TexMode.Math && (char.IsLetter(symbol[0]) || symbol is "∂" or "∇" or "∀" or "∃" or "¬"))
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
                Argument(w, depth + 1, mode, TexFont.DoubleStruck);
                return;
            case "mathcal" or "mathscr" or "cal":
                Argument(w, depth + 1, mode, TexFont.Script);
                return;
            case "mathfrak":
                Argument(w, depth + 1, mode, TexFont.Fraktur);
                return;
            case "mathrm" or "mathsf" or "mathtt" or "mathup" or "mathop" or "mathbin" or "mathrel" or "mathord"
                or "mathpunct" or "mathinner":
                Argument(w, depth + 1, mode, TexFont.Upright);
                return;
            case "mathit" or "mathnormal":
                Argument(w, depth + 1, mode, TexFont.Italic);
                return;
            case "mathbf" or "pmb":
                Styled(w, depth, mode, TexFont.Upright, "b");
                return;
            case "bm" or "boldsymbol" or "mathbfit":
                Styled(w, depth, mode, TexFont.Italic, "b");
                return;
            case "textbf":
                Styled(w, depth, TexMode.Text, TexFont.Upright, "b");
                return;
            case "textit" or "emph" or "textsl":
                Styled(w, depth, TexMode.Text, TexFont.Upright, "i");
                return;
            case "text" or "textrm" or "textnormal" or "textup" or "textsf" or "texttt" or "textsc" or "textmd"
                or "mbox" or "hbox" or "fbox" or "underline":
                Argument(w, depth + 1, TexMode.Text, TexFont.Upright);
                return;
            case "ensuremath" or "boxed" or "underbrace" or "overbrace":
                Argument(w, depth + 1, mode, font);
                return;
            case "operatorname":
                w.BeginWord();
                Argument(w, depth + 1, mode, TexFont.Upright);
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
                Argument(w, depth + 1, TexMode.Text, TexFont.Upright);
                w.Emit(')');
                return;
        }
        // Operator names (\log, \max, \arg…) and commands this converter does not know are
        // shown as upright words, the way TeX sets operator names.
        if (mode == TexMode.Math) w.Word(Symbols.Words.TryGetValue(name, out var word) ? word : name);
        else w.Emit(name);
    }

    // \x where x is not a letter.
    private void ControlSymbol(TexWriter w, int depth, TexMode mode, TexFont font, char c)
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
            case '(' or ')' or '[' or ']' when mode == TexMode.Text:
                // \( \) \[ \] delimit math in text; the content reads fine as it is.
                return;
            case '\'' or '`' or '"' or '^' or '~' or '=' or '.' when mode == TexMode.Text || c != '^':
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

    private void Styled(TexWriter w, int depth, TexMode mode, TexFont font, string tag)
    {
        w.Append(ArgumentTo(depth + 1, mode, font, w.Tags), tag);
    }

    private void Fraction(TexWriter w, int depth, TexMode mode, TexFont font)
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
    private static void Operand(TexWriter w, TexWriter part)
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

    private void Binomial(TexWriter w, int depth, TexMode mode, TexFont font)
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

    private void Root(TexWriter w, int depth, TexMode mode, TexFont font)
    {
        TexWriter? index = null;
        if (Next('['))
        {
            index = new TexWriter(w.Tags);
            if (depth + 1 > TexText.MaxDepth) PlainUntil(index, ']');
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

    private void Accent(TexWriter w, int depth, TexMode mode, TexFont font, char combining)
    {
        var inner = ArgumentTo(depth + 1, mode, font, w.Tags);
        // A combining mark only makes sense over one character; over a longer argument
        // (\hat{xy}, \overline{AB}) the text alone reads better than a mark on its last letter.
        if (inner.IsSingleCharacter) inner.AddCombining(combining);
        w.Append(inner);
    }

    private void Overset(TexWriter w, int depth, TexMode mode, TexFont font, string tag)
    {
        var over = ArgumentTo(depth + 1, mode, font, w.Tags);
        var body = ArgumentTo(depth + 1, mode, font, w.Tags);
        w.Append(body);
        w.PendingSpace = false;
        w.Open(tag);
        w.Append(over);
        w.Close(tag);
    }
}
