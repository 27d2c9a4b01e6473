using System;
using System.Collections.Generic;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Names of well-known news sites, by web host, for articles whose front matter names no publisher. A host matches
/// its own entry or the entry of any domain it is under (<c>edition.cnn.com</c> → <c>cnn.com</c>,
/// <c>uk.reuters.com</c> → <c>reuters.com</c>). A host in no entry is named by itself, without <c>www.</c>.
/// The table is documented in docs/reading.md; add to both together.
/// </summary>
internal static class PublisherTable
{
    private static readonly Dictionary<string, string> Sites = new(StringComparer.Ordinal)
    {
        // English-language news.
        ["bbc.co.uk"] = "BBC",
        ["bbc.com"] = "BBC",
        ["reuters.com"] = "Reuters",
        ["apnews.com"] = "Associated Press",
        ["ap.org"] = "Associated Press",
        ["afp.com"] = "AFP",
        ["bloomberg.com"] = "Bloomberg",
        ["nytimes.com"] = "The New York Times",
        ["washingtonpost.com"] = "The Washington Post",
        ["wsj.com"] = "The Wall Street Journal",
        ["latimes.com"] = "Los Angeles Times",
        ["usatoday.com"] = "USA Today",
        ["theguardian.com"] = "The Guardian",
        ["guardian.co.uk"] = "The Guardian",
        ["ft.com"] = "Financial Times",
        ["economist.com"] = "The Economist",
        ["independent.co.uk"] = "The Independent",
        ["telegraph.co.uk"] = "The Telegraph",
        ["thetimes.co.uk"] = "The Times",
        ["dailymail.co.uk"] = "Daily Mail",
        ["mirror.co.uk"] = "Daily Mirror",
        ["sky.com"] = "Sky News",
        ["cnn.com"] = "CNN",
        ["nbcnews.com"] = "NBC News",
        ["cbsnews.com"] = "CBS News",
        ["abcnews.go.com"] = "ABC News",
        ["foxnews.com"] = "Fox News",
        ["npr.org"] = "NPR",
        ["politico.com"] = "Politico",
        ["politico.eu"] = "Politico Europe",
        ["theatlantic.com"] = "The Atlantic",
        ["newyorker.com"] = "The New Yorker",
        ["time.com"] = "Time",
        ["newsweek.com"] = "Newsweek",
        ["forbes.com"] = "Forbes",
        ["aljazeera.com"] = "Al Jazeera",
        ["dw.com"] = "Deutsche Welle",
        ["france24.com"] = "France 24",
        ["euronews.com"] = "Euronews",
        ["rferl.org"] = "Radio Free Europe/Radio Liberty",
        ["themoscowtimes.com"] = "The Moscow Times",
        ["kyivindependent.com"] = "The Kyiv Independent",
        ["kyivpost.com"] = "Kyiv Post",
        ["abc.net.au"] = "ABC News (Australia)",
        ["cbc.ca"] = "CBC News",
        ["scmp.com"] = "South China Morning Post",
        ["japantimes.co.jp"] = "The Japan Times",
        ["thehindu.com"] = "The Hindu",
        ["timesofindia.indiatimes.com"] = "The Times of India",

        // Russian-language and Russian state news.
        ["rt.com"] = "RT",
        ["tass.ru"] = "TASS",
        ["tass.com"] = "TASS",
        ["ria.ru"] = "RIA Novosti",
        ["rian.ru"] = "RIA Novosti",
        ["interfax.ru"] = "Interfax",
        ["interfax.com"] = "Interfax",
        ["kommersant.ru"] = "Kommersant",
        ["vedomosti.ru"] = "Vedomosti",
        ["meduza.io"] = "Meduza",
        ["novayagazeta.ru"] = "Novaya Gazeta",
        ["novayagazeta.eu"] = "Novaya Gazeta Europe",
        ["lenta.ru"] = "Lenta.ru",
        ["gazeta.ru"] = "Gazeta.ru",
        ["rbc.ru"] = "RBC",
        ["iz.ru"] = "Izvestia",
        ["rg.ru"] = "Rossiyskaya Gazeta",
        ["kp.ru"] = "Komsomolskaya Pravda",
        ["mk.ru"] = "Moskovsky Komsomolets",
        ["fontanka.ru"] = "Fontanka",
        ["echo.msk.ru"] = "Echo of Moscow",
        ["tvrain.tv"] = "TV Rain",
        ["svoboda.org"] = "Radio Svoboda",
    };

    /// <summary>The publisher's name for a web host (without <c>www.</c>), or <see langword="null"/> when none is known.</summary>
    public static string? Lookup(string host)
    {
        for (var domain = host; domain.Length > 0;)
        {
            if (Sites.TryGetValue(domain, out var name))
            {
                return name;
            }

            var dot = domain.IndexOf('.');
            if (dot < 0 || domain.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            domain = domain.Substring(dot + 1);
        }

        return null;
    }

    /// <summary>The publisher of an article at <paramref name="url"/>: a known site's name, else the host without <c>www.</c>.</summary>
    public static string? ForUrl(string? url) => WebAddress.HostOf(url) is { } host ? Lookup(host) ?? host : null;
}
