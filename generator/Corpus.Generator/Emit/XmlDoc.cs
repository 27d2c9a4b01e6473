using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Makes text safe inside a <c>///</c> comment: XML-escaped, on one line (the compiler ends a comment at U+2028 and
/// friends too), and without characters XML forbids, so a consumer's documentation file stays well formed.
/// </summary>
internal static class XmlDoc
{
    public const int SummaryLength = 300;

    public static string Text(string value, int maxLength = SummaryLength)
    {
        // Nearly every title, byline and lead needs nothing done: it is itself.
        if (value.Length <= maxLength && IsSafe(value))
        {
            return value;
        }

        var builder = new StringBuilder(System.Math.Min(value.Length, maxLength) + 8);
        for (var i = 0; i < value.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(IsForbidden(c) ? '\uFFFD' : IsLineBreaking(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsSafe(string value)
    {
        foreach (var c in value)
        {
            if (c is '&' or '<' or '>' || IsForbidden(c) || IsLineBreaking(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A character XML forbids (a surrogate alone is caught here; a pair is kept before this is asked).</summary>
    private static bool IsForbidden(char c) => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    private static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
