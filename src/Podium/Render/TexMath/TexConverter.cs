using System.Globalization;
using System.Text;

namespace Podium.Render.TexMath;
/// <summary>Reads TeX one character at a time and writes HTML through a <see cref="TexWriter"/>; see <see cref="TexText"/>.</summary>
internal sealed partial class TexConverter(string s)
{
    private int _pos;

    // Inside \begin{…}…\end{…}, where `&` separates columns; elsewhere it is an ampersand.
    private int _environments;

    private const int LongestSkipped = 100;

    /// <summary>Converts until <paramref name="stop"/> (not consumed) or the end; a stray closing brace is dropped.</summary>
    public void Sequence(TexWriter w, int depth, TexMode mode, TexFont font, char stop)
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
    private void Atom(TexWriter w, int depth, TexMode mode, TexFont font)
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
            case '^' or '_' when mode == TexMode.Math:
                Script(w, depth, mode, font, c == '^' ? "sup" : "sub");
                return;
            case '$':
                _pos++;
                // In text, a dollar without a closing one is a price, not math. (The search is
                // linear overall: a match is consumed, and a failed search finds no later dollar.)
                if (mode == TexMode.Math) return;
                if (s.IndexOf('$', _pos) < 0) w.Emit('$');
                else InlineMath(w, depth + 1);
                return;
            case '~':
                _pos++;
                w.PendingSpace = true;
                return;
            case '&' when mode == TexMode.Math && _environments > 0:
                _pos++;
                w.PendingSpace = true;
                return;
            case '\'' when mode == TexMode.Math:
                var primes = Run('\'');
                w.Emit(primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', primes) });
                return;
            case '-':
                if (mode == TexMode.Math)
                {
                    _pos++;
                    w.Emit('−');
                    return;
                }
                var dashes = Run('-');
                w.Emit(dashes switch { 1 => "-", 2 => "–", 3 => "—", _ => new string('-', dashes) });
                return;
            case '`' when mode == TexMode.Text:
                w.Emit(Run('`') >= 2 ? '“' : '‘');
                return;
            case '\'' when mode == TexMode.Text:
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
        if (char.IsAsciiDigit(c) && font == TexFont.DoubleStruck)
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

    private static void Letters(TexWriter w, ReadOnlySpan<char> letters, TexMode mode, TexFont font)
    {
        switch (font)
        {
            case TexFont.Italic when mode == TexMode.Math:
                w.Emit(letters, "i");
                return;
            case TexFont.Italic or TexFont.Upright:
                w.Emit(letters);
                return;
        }
        foreach (var letter in letters)
        {
            w.Emit(font switch
            {
                TexFont.DoubleStruck => Alphabets.DoubleStruckLetter(letter),
                TexFont.Script => Alphabets.ScriptLetter(letter),
                _ => Alphabets.FrakturLetter(letter),
            });
        }
    }

    // After the opening brace; consumes the closing one.
    private void Group(TexWriter w, int depth, TexMode mode, TexFont font)
    {
        if (depth > TexText.MaxDepth) PlainUntilClose(w);
        else Sequence(w, depth, mode, font, '}');
        if (_pos < s.Length && s[_pos] == '}') _pos++;
    }

    // $…$ inside \text{…}: math until the next dollar.
    private void InlineMath(TexWriter w, int depth)
    {
        if (depth > TexText.MaxDepth) PlainUntil(w, '$');
        else Sequence(w, depth, TexMode.Math, TexFont.Italic, '$');
        if (_pos < s.Length && s[_pos] == '$') _pos++;
    }

    /// <summary>Reads one TeX argument: a braced group, a command, or a single character.</summary>
    private void Argument(TexWriter w, int depth, TexMode mode, TexFont font)
    {
        SkipSpace();
        if (_pos >= s.Length) return;
        var c = s[_pos];
        if (depth > TexText.MaxDepth)
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

    private TexWriter ArgumentTo(int depth, TexMode mode, TexFont font, bool tags)
    {
        var inner = new TexWriter(tags);
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

    private void Script(TexWriter w, int depth, TexMode mode, TexFont font, string tag)
    {
        _pos++;
        if (depth + 1 > TexText.MaxDepth)
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
    private void PlainUntilClose(TexWriter w)
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

    private void PlainUntil(TexWriter w, char stop)
    {
        while (_pos < s.Length && s[_pos] != stop)
        {
            var c = s[_pos++];
            if (c != '\\') w.Emit(c);
        }
    }
}
