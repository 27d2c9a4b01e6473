namespace Corpus.Reading.Text;

/// <summary>White space as <see cref="char.IsWhiteSpace(char)"/> tells it, answered without a call for most text.</summary>
internal static class WhiteSpace
{
    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>. Below U+1680, the first white space beyond Latin-1, the answer is a few
    /// comparisons; the runtime looks every letter outside Latin-1 up in its Unicode tables, so for any Cyrillic or
    /// Greek text every character, in loops that look at each one.
    /// </summary>
    public static bool Is(char c) =>
        c < '\u1680' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || c == '\u0085' || c == '\u00A0' : char.IsWhiteSpace(c);
}
