using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Naming;

/// <summary>
/// Turns a title into the name of its static property, by Pascal-casing the title's words.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A word is a run of letters, digits and combining marks; everything else separates words. Apostrophes join
/// ("Britain's" gives <c>Britains</c>) and invisible format characters (soft hyphens, joiners) are dropped.</item>
/// <item>Each word's first letter is upper-cased and the rest is kept as written (<c>NATO</c>, <c>iPhone</c> → <c>IPhone</c>).
/// Letters of every script are kept: C# identifiers may be Cyrillic, Greek, CJK….</item>
/// <item>A name that would start with a digit gets a leading <c>_</c> (<c>_2011Review</c>).</item>
/// <item>A title with no letters or digits at all gives no name; naming then uses <see cref="Fallback"/> and says so.</item>
/// <item>Names are cut at a word boundary to at most <see cref="MaxLength"/> characters.</item>
/// </list>
/// Collisions are resolved by <see cref="CorpusNaming"/>.
/// </remarks>
internal static class MemberNames
{
    public const int MaxLength = 100;
    public const string Fallback = "Article";

    public static string? FromTitle(string title)
    {
        var name = new StringBuilder();
        foreach (var word in Words(title))
        {
            if (name.Length > 0 && name.Length + word.Length > MaxLength)
            {
                break;
            }

            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (name.Length == 0)
        {
            return null;
        }

        if (name.Length > MaxLength)
        {
            name.Length = MaxLength;
        }

        if (char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        var result = name.ToString();
        return SyntaxFacts.IsValidIdentifier(result) ? result : null;
    }

    private static IEnumerable<string> Words(string title)
    {
        var word = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                    word.Append(c);
                    break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    // A mark belongs to the letter before it; a mark with no letter before it is dropped.
                    if (word.Length > 0)
                    {
                        word.Append(c);
                    }

                    break;
                case UnicodeCategory.Format:
                    break;
                default:
                    if (c is '\'' or '\u2019' or '\u02BC')
                    {
                        break;
                    }

                    if (word.Length > 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    break;
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
