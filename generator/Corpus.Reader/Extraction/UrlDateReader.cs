using System;
using Corpus.Reading.Model;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Reads the publication date news sites put in article paths: <c>/2011/02/15/</c> (The Moscow Times, The Guardian,
/// The New York Times, WordPress blogs), and <c>/20110215/</c> (RIA Novosti). The last resort for a date: a URL's path
/// can be reused or rewritten, so a date read from the text wins over it.
/// </summary>
internal static class UrlDateReader
{
    public static DateModel? Read(string? url)
    {
        if (WebAddress.AbsoluteOrNull(url) is not { } absolute || !Uri.TryCreate(absolute, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/');
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (IsDigits(segments[i], 4) && IsDigits(segments[i + 1], 2) && IsDigits(segments[i + 2], 2)
                && Make(segments[i], segments[i + 1], segments[i + 2]) is { } date)
            {
                return date;
            }
        }

        foreach (var segment in segments)
        {
            if (IsDigits(segment, 8) && Make(segment.Substring(0, 4), segment.Substring(4, 2), segment.Substring(6, 2)) is { } compact)
            {
                return compact;
            }
        }

        return null;
    }

    private static DateModel? Make(string year, string month, string day)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        // Paths hold ids too: only a plausible web-era date counts.
        return y is >= 1990 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateModel(y, m, d) : null;
    }

    private static bool IsDigits(string text, int length)
    {
        if (text.Length != length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
