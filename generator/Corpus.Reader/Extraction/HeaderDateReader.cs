using System;
using System.Collections.Generic;

namespace Corpus.Reading.Extraction;

/// <summary>Which date a header line says it gives.</summary>
internal enum DateRole
{
    /// <summary>A date with no label: on news pages, the publication date.</summary>
    Plain,

    /// <summary>Labelled as the publication date (<c>Published:</c>, <c>Posted on</c>, <c>Опубликовано</c>).</summary>
    Published,

    /// <summary>Labelled as the date of the last change (<c>Updated:</c>, <c>Обновлено</c>).</summary>
    Updated,
}

/// <summary>One date read from a header line, with its label's meaning.</summary>
internal readonly record struct LabelledDate(DateReading Reading, DateRole Role);

/// <summary>
/// Reads the date line that news pages, blogs and copied web text put under a headline: a bare date
/// (<c>February 15, 2011</c>), a labelled one (<c>Published: 15 Feb 2011</c>, <c>Posted on 2011-02-15</c>,
/// <c>Last updated 15 February 2011 14:05 GMT</c>, <c>Опубликовано: 15 февраля 2011</c>), or several of them
/// side by side (<c>Published 15 Feb 2011 | Updated 16 Feb 2011</c>, pieces split at <c>|</c>, <c>·</c> or <c>•</c>).
/// Every piece must be a date: a sentence that mentions one is not a date line.
/// </summary>
internal static class HeaderDateReader
{
    /// <summary>Labels in the order they are tried: longer ones first, so that "Published on" wins over "Published".</summary>
    private static readonly (string Label, DateRole Role)[] Labels =
    {
        ("first published on", DateRole.Published),
        ("first published", DateRole.Published),
        ("published on", DateRole.Published),
        ("published at", DateRole.Published),
        ("published", DateRole.Published),
        ("posted on", DateRole.Published),
        ("posted", DateRole.Published),
        ("date published", DateRole.Published),
        ("publication date", DateRole.Published),
        ("last updated on", DateRole.Updated),
        ("last updated", DateRole.Updated),
        ("last modified", DateRole.Updated),
        ("updated on", DateRole.Updated),
        ("updated at", DateRole.Updated),
        ("updated", DateRole.Updated),
        ("modified", DateRole.Updated),
        ("dated", DateRole.Plain),
        ("date", DateRole.Plain),
        ("on", DateRole.Plain),
        ("дата публикации", DateRole.Published),
        ("опубликовано", DateRole.Published),
        ("обновлено", DateRole.Updated),
        ("дата", DateRole.Plain),
    };

    /// <summary>The pieces separators put side by side on one line.</summary>
    internal static readonly char[] PieceSeparators = { '|', '·', '•' };

    /// <summary>The dates a header line gives, or <see langword="null"/> when it is not a date line.</summary>
    public static IReadOnlyList<LabelledDate>? Read(string line)
    {
        if (line.Length == 0 || line.Length > DateReader.MaxLength * 3)
        {
            return null;
        }

        var dates = new List<LabelledDate>();
        foreach (var piece in line.Split(PieceSeparators))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (ReadPiece(trimmed) is not { } date)
            {
                return null;
            }

            dates.Add(date);
        }

        return dates.Count > 0 ? dates : null;
    }

    /// <summary>One labelled or bare date, or <see langword="null"/>.</summary>
    public static LabelledDate? ReadPiece(string piece)
    {
        var role = DateRole.Plain;
        var text = piece;
        foreach (var (label, labelRole) in Labels)
        {
            if (StartsWithWord(piece, label))
            {
                role = labelRole;
                text = piece.Substring(label.Length).TrimStart(' ', ':', '\u00A0').Trim();
                break;
            }
        }

        var reading = DateReader.Read(text);
        return reading.Status == DateStatus.NotADate ? null : new LabelledDate(reading, role);
    }

    /// <summary>
    /// The date a set of header dates stands for: a labelled publication date, else an unlabelled one, else
    /// the date of the last update (better than none: it bounds when the article was written).
    /// </summary>
    public static LabelledDate? Best(IEnumerable<LabelledDate> dates)
    {
        LabelledDate? plain = null;
        LabelledDate? updated = null;
        foreach (var date in dates)
        {
            if (date.Reading.Status != DateStatus.Date)
            {
                continue;
            }

            switch (date.Role)
            {
                case DateRole.Published:
                    return date;
                case DateRole.Plain:
                    plain ??= date;
                    break;
                default:
                    updated ??= date;
                    break;
            }
        }

        return plain ?? updated;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.Length > word.Length
        && text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && !char.IsLetterOrDigit(text[word.Length]);
}
