using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>A byline: the authors it names (possibly none, for <c>By Staff</c>) and any date written beside them.</summary>
internal sealed record Byline(IReadOnlyList<AuthorModel> Authors, IReadOnlyList<LabelledDate> Dates);

/// <summary>
/// Reads the byline line of news pages, wire copy, blogs and Russian news:
/// <c>By Howard Amos</c>, <c>BY HOWARD AMOS</c>, <c>By [Howard Amos](https://…)</c> (a <c>#</c> link gives no URL),
/// <c>By A and B</c>, <c>By A, B and C</c>, <c>By A &amp; B</c>, <c>By Jane Doe, Staff Writer</c> (the role is dropped),
/// <c>By Staff Reporter</c> (a desk, kept as written), <c>Written by …</c>, <c>Posted by …</c>, <c>Author: …</c>,
/// <c>Автор: …</c>, with a date or reading time beside the names (<c>By Jane Doe | February 15, 2011 | 4 min read</c>),
/// and the blog form that puts the date first (<c>Posted on March 3, 2019 by Jane Doe</c>).
/// Every part of the line must be a name, a role, a date or furniture, so a sentence that merely starts with "By"
/// (<c>By the end of the day, …</c>, <c>By 2020, …</c>) is not a byline.
/// </summary>
internal static class BylineReader
{
    /// <summary>A byline is one short line; anything longer is a paragraph.</summary>
    public const int MaxLength = 200;

    private static readonly string[] Prefixes =
    {
        "written by", "words by", "story by", "posted by", "reported by", "by", "authors", "author", "авторы", "автор", "текст",
    };

    private static readonly string[] PieceSeparators = { "|", "·", "•", " — ", " – ", " - " };

    private static readonly string[] NameJoiners = { " and ", " & ", " и " };

    public static Byline? Read(DocumentBlock block)
    {
        if (block.Kind is BlockKind.Code or BlockKind.Separator or BlockKind.ListItem || block.Text.Length > MaxLength)
        {
            return null;
        }

        var authors = new List<AuthorModel>();
        var dates = new List<LabelledDate>();
        var rest = AfterPrefix(block.Text);
        if (rest is null)
        {
            return ReadDateThenNames(block, authors, dates);
        }

        foreach (var rawPiece in rest.Split(PieceSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = rawPiece.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (HeaderDateReader.ReadPiece(piece) is { } date)
            {
                dates.Add(date);
                continue;
            }

            if (PersonNames.IsFurniture(piece) || (authors.Count > 0 && PersonNames.IsRole(piece)))
            {
                continue;
            }

            if (!AddNames(piece, block, authors))
            {
                return null;
            }
        }

        return new Byline(authors, dates);
    }

    /// <summary>
    /// The blog form <c>Posted on March 3, 2019 by Jane Doe</c>: a date (labelled or not), then <c>by</c> and the names.
    /// </summary>
    private static Byline? ReadDateThenNames(DocumentBlock block, List<AuthorModel> authors, List<LabelledDate> dates)
    {
        var text = block.Text;
        var by = text.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by <= 0 || HeaderDateReader.ReadPiece(text.Substring(0, by).Trim()) is not { } date)
        {
            return null;
        }

        dates.Add(date);
        return AddNames(text.Substring(by + 4).Trim(), block, authors) && authors.Count > 0 ? new Byline(authors, dates) : null;
    }

    /// <summary>The text after a byline prefix, or <see langword="null"/> when the line does not open with one.</summary>
    private static string? AfterPrefix(string text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.Length > prefix.Length + 1
                && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && text[prefix.Length] is ' ' or ':')
            {
                var rest = text.Substring(prefix.Length).TrimStart(' ', ':');
                return rest.Length > 0 ? rest : null;
            }
        }

        return null;
    }

    /// <summary>Adds the names of one piece (<c>A, B and C</c>, <c>Jane Doe, Staff Writer</c>); false when a part is not a name.</summary>
    private static bool AddNames(string piece, DocumentBlock block, List<AuthorModel> authors)
    {
        var parts = piece.Split(',');
        foreach (var rawPart in parts)
        {
            var part = StripLeadingJoiner(rawPart.Trim());
            if (part.Length == 0)
            {
                continue;
            }

            if (authors.Count > 0 && PersonNames.IsRole(part))
            {
                continue;
            }

            foreach (var rawName in part.Split(NameJoiners, StringSplitOptions.RemoveEmptyEntries))
            {
                var name = TrimSentenceDot(rawName.Trim());
                if (name.Length == 0 || PersonNames.IsFurniture(name))
                {
                    continue;
                }

                if (!PersonNames.IsName(name))
                {
                    return false;
                }

                authors.Add(new AuthorModel(PersonNames.NormaliseCase(name), LinkFor(name, block)));
            }
        }

        return true;
    }

    private static string StripLeadingJoiner(string part)
    {
        foreach (var joiner in new[] { "and ", "& ", "и " })
        {
            if (part.StartsWith(joiner, StringComparison.OrdinalIgnoreCase))
            {
                return part.Substring(joiner.Length).Trim();
            }
        }

        return part;
    }

    /// <summary>Drops a full stop closing the line, but not the dot of a closing initial or suffix (<c>John F.</c>, <c>Jr.</c>).</summary>
    private static string TrimSentenceDot(string name)
    {
        if (name.Length < 3 || name[name.Length - 1] != '.')
        {
            return name;
        }

        var lastWord = name.Substring(name.LastIndexOf(' ') + 1);
        return lastWord.Length <= 2 || lastWord is "Jr." or "Sr." or "St." ? name : name.Substring(0, name.Length - 1);
    }

    /// <summary>The absolute web address the byline links <paramref name="name"/> to; an in-page link (<c>#</c>) is no address.</summary>
    private static string? LinkFor(string name, DocumentBlock block)
    {
        foreach (var segment in block.Inlines)
        {
            if (segment.Kind == InlineKind.Link && string.Equals(TextCleaner.Clean(segment.Text), name, StringComparison.Ordinal))
            {
                return WebAddress.AbsoluteOrNull(segment.Url);
            }
        }

        return null;
    }
}
