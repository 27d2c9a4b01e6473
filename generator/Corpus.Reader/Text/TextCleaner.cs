using System.Runtime.CompilerServices;

namespace Corpus.Reading.Text;

/// <summary>
/// Turns raw text into the clean single-line form every paragraph, title and field is kept in:
/// runs of white space (line breaks and tabs included) become one space, control characters are dropped, an unpaired
/// surrogate becomes U+FFFD, and the ends are trimmed. No-break spaces are kept as they are: they carry meaning
/// (French punctuation, numbers with units). Format characters such as right-to-left marks and joiners are kept.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text)
    {
        // Most lines and paragraphs are clean already: they are checked first and returned as they are, not copied.
        var from = FirstChange(text);
        if (from == text.Length)
        {
            return text;
        }

        var clean = new char[text.Length];
        text.CopyTo(0, clean, 0, from);
        var length = from;
        var pendingSpace = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCollapsibleSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                clean[length++] = ' ';
                pendingSpace = false;
            }

            if (IsPairAt(text, i))
            {
                clean[length++] = c;
                clean[length++] = text[++i];
            }
            else
            {
                clean[length++] = char.IsSurrogate(c) ? '\uFFFD' : c;
            }
        }

        return new string(clean, 0, length);
    }

    /// <summary>
    /// Where cleaning first changes <paramref name="text"/>: the text before it is kept as it is and ends in a
    /// character that is kept, not a space, so cleaning may start afresh there. The text's length when it is clean.
    /// </summary>
    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is > ' ' and < '\u007F')
            {
                continue;
            }

            if (c == ' ')
            {
                if (i == 0 || !IsKeptAt(text, i + 1))
                {
                    return i;
                }
            }
            else if (IsPairAt(text, i))
            {
                i++;
            }
            else if (!IsKept(c))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsKeptAt(string text, int i) => i < text.Length && (IsKept(text[i]) || IsPairAt(text, i));

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    /// <summary>True for a character cleaning keeps as it is, whatever stands around it; a surrogate is not, alone.</summary>
    private static bool IsKept(char c) =>
        c < '\u0080' ? c > ' ' && c != '\u007F' : c >= '\u00A0' && !char.IsSurrogate(c) && !IsCollapsibleSpace(c);

    /// <summary>True for white space that folds into a single space: everything but the no-break spaces.</summary>
    public static bool IsCollapsibleSpace(char c) =>
        c is not ('\u00A0' or '\u2007' or '\u202F') && (IsWhiteSpace(c) || c == '\u200B');

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, without the runtime's Unicode tables for the letters of most scripts:
    /// between the space and U+1680 (the Ogham space mark) the only white space is the next-line control and the
    /// no-break space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhiteSpace(char c) =>
        c <= ' ' ? char.IsWhiteSpace(c) : c >= '\u0085' && (c < '\u1680' ? c is '\u0085' or '\u00A0' : char.IsWhiteSpace(c));

    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B' && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts words: maximal runs of non-space characters that hold at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inToken = false;
        var tokenHasWordCharacter = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
            {
                if (inToken && tokenHasWordCharacter)
                {
                    count++;
                }

                inToken = false;
                tokenHasWordCharacter = false;
                continue;
            }

            inToken = true;
            tokenHasWordCharacter = tokenHasWordCharacter || char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasWordCharacter ? count + 1 : count;
    }
}
