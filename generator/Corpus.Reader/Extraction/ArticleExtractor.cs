using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Junk;
using Corpus.Reading.Language;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Turns a parsed document into an <see cref="ArticleModel"/>, reading it the way an editor would: the front matter
/// first (it wins over everything read from the text), then the title, the header zone under it (byline, date line,
/// pictures), the dateline opening the first paragraph, the footer zone (credit line, original address), pictures
/// elsewhere, and what is left as the body. Each rule lives in its own reader in this folder.
/// </summary>
public static class ArticleExtractor
{
    public static ArticleModel Extract(ArticleFile file, ArticleDocument document, FrontMatter? frontMatter, List<ReaderDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var path = file.DiagnosticPath;
        var front = FrontMatterReader.Read(frontMatter, path, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = document.Blocks;
        var taken = new bool[blocks.Count];
        var texts = new string?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            texts[i] = blocks[i].Text;
        }

        var titleIndex = FindTitle(blocks, headingOnly: front.Title is not null);
        if (titleIndex >= 0)
        {
            taken[titleIndex] = true;
        }

        var (title, titleLine) = front.Title is { } frontTitle
            ? (frontTitle, front.TitleLine)
            : titleIndex >= 0 ? (blocks[titleIndex].Text, blocks[titleIndex].Line) : (null, 1);
        if (title is null)
        {
            title = FallbackTitle(file.Path);
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.NoTitle, path, TextPosition.Line1, title));
        }

        var header = HeaderZone.Read(blocks, titleIndex + 1, taken);
        var dateline = TakeDateline(blocks, header.FirstBodyIndex, texts);
        var footer = FooterZone.Read(blocks, Math.Max(header.FirstBodyIndex, titleIndex + 1), taken, texts);
        var images = new List<(int Index, ImageModel Image)>(header.Images);
        TakeBodyImages(blocks, taken, images);
        images.Sort((a, b) => a.Index.CompareTo(b.Index));

        // What is left is the body, furniture and injected spam included; separators stay, as furniture follows them.
        var body = new List<DocumentBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!taken[i] && texts[i] is { } text)
            {
                body.Add(ReferenceEquals(text, blocks[i].Text) ? blocks[i] : blocks[i] with { Text = text });
            }
        }

        var languageMemo = new SampleMemo();
        var junk = JunkFilter.Apply(body, LanguageDetector.Detect(body.ConvertAll(b => b.Text), languageMemo), file.Junk, path, file.Text, cancellationToken);
        diagnostics.AddRange(junk.Diagnostics);
        var paragraphs = new List<string>();
        foreach (var block in junk.Blocks)
        {
            if (IsBodyText(block))
            {
                paragraphs.Add(block.Text);
            }
        }

        if (paragraphs.Count == 0)
        {
            var at = titleIndex >= 0 ? new TextPosition(blocks[titleIndex].Line, blocks[titleIndex].Column) : new TextPosition(titleLine, 1);
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.NoBody, path, at, title));
        }

        var wordCount = 0;
        foreach (var paragraph in paragraphs)
        {
            wordCount += TextCleaner.CountWords(paragraph);
        }

        var originalUrl = front.OriginalUrl ?? footer.OriginalUrl;
        var credits = new List<string>();
        AddDistinct(credits, dateline?.Credits);
        AddDistinct(credits, footer.Credits);

        return new ArticleModel
        {
            SourcePath = file.Path,
            Format = document.Format,
            Title = title,
            TitleLine = titleLine,
            RequestedId = front.Id ?? Slug.From(title),
            Authors = (front.Authors ?? header.Authors ?? new List<AuthorModel>()).ToEquatableArray(),
            Published = PublishedDate(front, header, originalUrl, path, diagnostics),
            Dateline = dateline?.Place,
            Publisher = front.Publisher ?? PublisherTable.ForUrl(originalUrl),
            OriginalUrl = originalUrl,
            Credits = credits.ToEquatableArray(),
            Images = images.ConvertAll(i => i.Image).ToEquatableArray(),
            Tags = front.Tags.ToEquatableArray(),
            Metadata = front.Metadata.ToEquatableArray(),
            Paragraphs = paragraphs.ToEquatableArray(),
            WordCount = wordCount,
            Language = front.Language ?? LanguageDetector.Detect(paragraphs, languageMemo),
            Removed = junk.Removed.ToEquatableArray(),
        };
    }

    /// <summary>
    /// The headline's block: the first level-1 heading; else, unless the front matter gives the title, a heading that
    /// opens the document or the first block of text. With a front-matter title, a level-1 heading repeats it.
    /// </summary>
    private static int FindTitle(IReadOnlyList<DocumentBlock> blocks, bool headingOnly)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && blocks[i].Level == 1 && blocks[i].Text.Length > 0)
            {
                return i;
            }
        }

        if (headingOnly)
        {
            return -1;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Text.Length > 0 && blocks[i].Kind != BlockKind.Separator)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Takes the dateline off the first paragraph of running text; only that paragraph can open with one.</summary>
    private static Dateline? TakeDateline(IReadOnlyList<DocumentBlock> blocks, int index, string?[] texts)
    {
        if (index < 0 || blocks[index].Kind != BlockKind.Paragraph || texts[index] is not { } text || DatelineReader.Read(text) is not { } dateline)
        {
            return null;
        }

        texts[index] = dateline.Rest;
        return dateline;
    }

    /// <summary>Markdown images anywhere in the body are pictures, not text: their alt text is no paragraph.</summary>
    private static void TakeBodyImages(IReadOnlyList<DocumentBlock> blocks, bool[] taken, List<(int, ImageModel)> images)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!taken[i] && ImageReader.ReadImageBlock(blocks[i]) is { } found)
            {
                i = HeaderZone.TakeImages(blocks, i, found, taken, images);
            }
        }
    }

    /// <summary>
    /// The publication date: front matter, else the header's date line, else the date in the original address. A date
    /// that cannot be used is reported where it stands; a date that contradicts the address's date is reported too.
    /// </summary>
    private static DateModel? PublishedDate(FrontMatterFields front, HeaderReading header, string? originalUrl, string path, List<ReaderDiagnostic> diagnostics)
    {
        foreach (var (date, block) in header.Dates)
        {
            if (date.Reading.Status == DateStatus.Ambiguous)
            {
                diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.AmbiguousDate, path, new TextPosition(block.Line, block.Column, block.Text.Length), block.Text));
            }
            else if (date.Reading.Status == DateStatus.Impossible)
            {
                diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.UnreadableDate, path, new TextPosition(block.Line, block.Column, block.Text.Length), block.Text));
            }
        }

        var urlDate = UrlDateReader.Read(originalUrl);
        DateModel? published = null;
        var line = 0;
        if (front.Published is { } frontDate)
        {
            (published, line) = (frontDate, front.PublishedLine);
        }
        else if (FindBest(header) is { } best)
        {
            (published, line) = (best.Date.Reading.Date, best.Block.Line);
        }

        if (published is { } stated && urlDate is { } fromUrl && stated != fromUrl)
        {
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.DateContradictsUrl, path, new TextPosition(line, 1), stated.ToString(), fromUrl.ToString(), originalUrl!));
        }

        return published ?? urlDate;
    }

    private static (LabelledDate Date, DocumentBlock Block)? FindBest(HeaderReading header)
    {
        var dates = header.Dates.ConvertAll(d => d.Date);
        if (HeaderDateReader.Best(dates) is not { } best)
        {
            return null;
        }

        return header.Dates[dates.IndexOf(best)];
    }

    private static void AddDistinct(List<string> into, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            if (!into.Exists(existing => string.Equals(existing, item, StringComparison.OrdinalIgnoreCase)))
            {
                into.Add(item);
            }
        }
    }

    /// <summary>Every block with text is body text, subheadings included; separators are not.</summary>
    private static bool IsBodyText(DocumentBlock block) => block.Text.Length > 0 && block.Kind != BlockKind.Separator;

    private static string FallbackTitle(string path)
    {
        var name = path.Substring(path.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
