using System.Text;

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
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCollapsibleSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for white space that folds into a single space: everything but the no-break spaces.</summary>
    public static bool IsCollapsibleSpace(char c) =>
        c is not ('\u00A0' or '\u2007' or '\u202F') && (char.IsWhiteSpace(c) || c == '\u200B');

    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B' && c != '\uFEFF')
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
            if (char.IsWhiteSpace(c))
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
            tokenHasWordCharacter |= char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasWordCharacter ? count + 1 : count;
    }
}
