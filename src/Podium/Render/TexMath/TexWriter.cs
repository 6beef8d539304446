using System.Globalization;
using System.Text;

namespace Podium.Render.TexMath;
/// <summary>
/// Collects HTML: escapes every visible character, collapses spaces (a space is written only
/// between two visible characters, and not inside brackets), and keeps the facts fractions and
/// accents need about what was written (a single term? a single character?).
/// </summary>
internal sealed class TexWriter(bool tags)
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
    public void Append(TexWriter inner, string? tag = null)
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
