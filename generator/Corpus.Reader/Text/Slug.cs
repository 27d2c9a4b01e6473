using System.Globalization;
using System.Text;

namespace Corpus.Reading.Text;

/// <summary>
/// Makes URL-style ids from titles: lower case, words of letters and digits joined by <c>-</c>.
/// Letters of every script are kept (an id for a Russian title is Cyrillic); accents are stripped from Latin letters
/// only, so that "Café" gives <c>cafe</c> while Cyrillic <c>й</c> stays a letter of its own; apostrophes join rather
/// than split ("Britain's" gives <c>britains</c>).
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        var lastBaseIsLatin = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (!lastBaseIsLatin && builder.Length > 0 && !pendingDash)
                {
                    builder.Append(c);
                }

                continue;
            }

            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            lastBaseIsLatin = c < 'ɐ';

            if (IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(LetterCase.ToLowerInvariant(c));
                continue;
            }

            pendingDash = true;
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC);
        return Truncate(slug);
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > MaxLength / 2 ? slug.Substring(0, cut) : slug.Substring(0, MaxLength);
    }
}
