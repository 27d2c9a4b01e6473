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

            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
