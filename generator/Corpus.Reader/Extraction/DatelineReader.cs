using System;
using System.Collections.Generic;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>A dateline taken off the start of the first paragraph: the place, the agencies credited there, and the text left.</summary>
internal sealed record Dateline(string Place, IReadOnlyList<string> Credits, string Rest);

/// <summary>
/// Reads the dateline that opens the first paragraph of wire and newspaper copy:
/// <list type="bullet">
/// <item>US and British newspapers: <c>LONDON — …</c>, <c>DODGE CITY, Kansas — …</c>, <c>WASHINGTON, D.C. – …</c>,
/// <c>NEW DELHI: …</c> (the place in capitals, a region after a comma kept as written);</item>
/// <item>wire services: <c>PARIS (Reuters) - …</c>, <c>WASHINGTON, Feb 15 (Reuters) - …</c>, <c>Paris (AFP) — …</c>
/// (with an agency in parentheses the place may be in ordinary case; the agency becomes a credit);</item>
/// <item>Russian agencies: <c>МОСКВА, 15 фев — РИА Новости. …</c>, <c>МОСКВА, 15 февраля. /ТАСС/. …</c>.</item>
/// </list>
/// Without an agency the place must be in capitals, so an ordinary sentence with a dash (<c>London — A dissident…</c>,
/// <c>The plan — announced Tuesday — …</c>) is not a dateline; a few capitalised words that open sentences as
/// subjects or kickers (<c>NATO</c>, <c>UPDATE</c>) are not places either.
/// </summary>
internal static class DatelineReader
{
    /// <summary>How far into a paragraph a dateline can reach.</summary>
    public const int MaxLength = 120;

    private const int MaxPlaceWords = 5;

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT",
        "WATCH", "VIDEO", "PHOTOS", "PHOTO", "AUDIO", "PODCAST", "LISTEN", "LIVE", "CORRECTION", "NOTE", "EDITOR'S NOTE",
        "FILE", "ADVISORY", "URGENT", "FLASH", "WARNING", "SPOILER", "SPOILERS", "RELATED", "READ MORE", "SPONSORED",
        "ADVERTISEMENT", "REVIEW", "INTERVIEW", "FACT CHECK", "OP-ED", "Q", "A",
        "NATO", "EU", "UN", "US", "USA", "UK", "FBI", "CIA", "KGB", "FSB", "OPEC", "IMF", "WHO", "BBC", "CNN", "NASA",
        "OSCE", "ООН", "НАТО", "ЕС", "США", "ФСБ", "МВД", "МИД",
    };

    public static Dateline? Read(string paragraph)
    {
        var window = paragraph.Length > MaxLength ? paragraph.Substring(0, MaxLength) : paragraph;
        return ReadSlashAgency(paragraph, window) ?? ReadDashed(paragraph, window);
    }

    /// <summary><c>PLACE, 15 февраля. /ТАСС/. Text</c>: the agency between slashes ends the dateline.</summary>
    private static Dateline? ReadSlashAgency(string paragraph, string window)
    {
        var open = window.IndexOf(" /", StringComparison.Ordinal);
        var close = open < 0 ? -1 : window.IndexOf('/', open + 2);
        if (close < 0 || !NewsAgencies.IsAgency(window.Substring(open + 2, close - open - 2)))
        {
            return null;
        }

        var head = window.Substring(0, open).Trim().TrimEnd('.');
        var rest = paragraph.Substring(close + 1).TrimStart('.', ' ');
        var place = ReadHead(head, hasAgency: true);
        return place is null || !StartsSentence(rest)
            ? null
            : new Dateline(place, new[] { window.Substring(open + 2, close - open - 2) }, rest);
    }

    private static Dateline? ReadDashed(string paragraph, string window)
    {
        var (at, length) = FindSeparator(window);
        if (at <= 0)
        {
            return null;
        }

        var head = window.Substring(0, at).Trim();
        var credits = new List<string>();
        if (head.EndsWith(")", StringComparison.Ordinal) && head.LastIndexOf('(') is var open and > 0)
        {
            foreach (var agency in head.Substring(open + 1, head.Length - open - 2).Split('/', ',', ';'))
            {
                if (agency.Trim().Length > 0)
                {
                    credits.Add(agency.Trim());
                }
            }

            head = head.Substring(0, open).Trim();
        }

        var place = ReadHead(head, hasAgency: credits.Count > 0);
        var rest = paragraph.Substring(at + length).TrimStart();
        if (place is null)
        {
            return null;
        }

        rest = TakeAgencyLead(rest, credits);
        if (!StartsSentence(rest) || (window[at] == ':' && !LetterCase.IsAllUpper(place)))
        {
            return null;
        }

        return new Dateline(place, credits, rest);
    }

    /// <summary>The dash (or colon) that ends a dateline: an em dash, or a spaced en dash, hyphen, double hyphen or colon.</summary>
    private static (int At, int Length) FindSeparator(string window)
    {
        for (var i = 1; i < window.Length - 1; i++)
        {
            var c = window[i];
            if (c == '—')
            {
                return (i, 1);
            }

            var spacedBefore = window[i - 1] == ' ';
            if (c == ':' && window[i + 1] == ' ')
            {
                return (i, 1);
            }

            if (spacedBefore && c is '–' or '-')
            {
                var length = c == '-' && window[i + 1] == '-' ? 2 : 1;
                if (i + length < window.Length && window[i + length] == ' ')
                {
                    return (i, length);
                }
            }
        }

        return (-1, 0);
    }

    /// <summary>
    /// The place a dateline head names (<c>DODGE CITY, Kansas</c>), leaving out a day and month after a comma;
    /// <see langword="null"/> when the head is not a dateline.
    /// </summary>
    private static string? ReadHead(string head, bool hasAgency)
    {
        var parts = head.Split(',');
        var place = parts[0].Trim();
        if (!IsPlace(place, hasAgency))
        {
            return null;
        }

        string? region = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i].Trim().TrimEnd('.');
            if (DateReader.IsDayAndMonth(part))
            {
                continue;
            }

            if (region is not null || !IsRegion(parts[i].Trim()))
            {
                return null;
            }

            region = parts[i].Trim();
        }

        return region is null ? place : place + ", " + region;
    }

    private static bool IsPlace(string place, bool hasAgency)
    {
        var words = place.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxPlaceWords || place.Length > 40 || NotPlaces.Contains(place))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!IsPlaceWord(word))
            {
                return false;
            }
        }

        return hasAgency
            ? char.IsUpper(words[0][0]) && char.IsUpper(words[words.Length - 1][0])
            : LetterCase.IsAllUpper(place);
    }

    /// <summary>A state, province or country after the place: <c>Kansas</c>, <c>Calif.</c>, <c>D.C.</c>, <c>New South Wales</c>.</summary>
    private static bool IsRegion(string region)
    {
        var words = region.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!IsPlaceWord(word) || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlaceWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return char.IsLetter(word[0]);
    }

    /// <summary><c>РИА Новости. Text</c> after the dash: the agency is a credit, and the text starts after it.</summary>
    private static string TakeAgencyLead(string rest, List<string> credits)
    {
        var dot = rest.IndexOf('.');
        if (dot > 0 && dot <= 40 && NewsAgencies.IsAgency(rest.Substring(0, dot)))
        {
            credits.Add(rest.Substring(0, dot).Trim());
            return rest.Substring(dot + 1).TrimStart();
        }

        return rest;
    }

    /// <summary>The text after a dateline starts a sentence: a capital, a digit or an opening quote.</summary>
    private static bool StartsSentence(string rest) =>
        rest.Length > 0 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '«' or '\'' or '‘');
}
