using System.Threading;

namespace Corpus.Reading.Text;

/// <summary>Questions about the case of a text's letters, as bylines and datelines ask them.</summary>
internal static class LetterCase
{
    /// <summary>True when the text has at least two letters and every letter is upper case (<c>LONDON</c>, <c>BY JOHN SMITH</c>).</summary>
    public static bool IsAllUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>A page of <see cref="ToLowerInvariant"/>'s answers per 256 UTF-16 units, made on first use.</summary>
    private static readonly char[]?[] LowerPages = new char[]?[256];

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, answered from a table: the runtime asks the platform's Unicode library
    /// for every unit outside ASCII, one call each, and that call was a sixth of the reader's time on non-English text.
    /// </summary>
    public static char ToLowerInvariant(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        var page = Volatile.Read(ref LowerPages[c >> 8]) ?? LowerPage(c >> 8);
        return page[c & 0xFF];
    }

    // Two threads may both make a page; they make the same one, and either may be kept.
    private static char[] LowerPage(int index)
    {
        var page = new char[256];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = char.ToLowerInvariant((char)((index << 8) | i));
        }

        Volatile.Write(ref LowerPages[index], page);
        return page;
    }
}
