using System.Net;
using System.Text;

namespace Corpus.Reading.Formats;

/// <summary>Reduces a fragment of HTML to its text: tags and comments dropped, entities decoded.</summary>
public static class HtmlText
{
    public static string Strip(string html)
    {
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '<')
            {
                var end = html.StartsWith("<!--", i) ? IndexAfter(html, "-->", i + 4) : IndexAfter(html, ">", i + 1);
                if (end > 0)
                {
                    builder.Append(' ');
                    i = end;
                    continue;
                }
            }

            builder.Append(html[i++]);
        }

        return WebUtility.HtmlDecode(builder.ToString());
    }

    private static int IndexAfter(string text, string token, int start)
    {
        var index = text.IndexOf(token, start, System.StringComparison.Ordinal);
        return index < 0 ? -1 : index + token.Length;
    }

    private static bool StartsWith(this string text, string prefix, int at) =>
        string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0;
}
