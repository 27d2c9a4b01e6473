using System.Collections.Generic;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Junk;
using Corpus.Reading.Language;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>Turns a parsed document into an <see cref="ArticleModel"/>: the title, then the body paragraphs.</summary>
public static class ArticleExtractor
{
    public static ArticleModel Extract(ArticleFile file, ArticleDocument document, List<ReaderDiagnostic> diagnostics)
    {
        var path = file.DiagnosticPath;
        var blocks = new List<DocumentBlock>(document.Blocks);
        var title = TakeTitle(blocks);
        if (title is null)
        {
            var fallback = FallbackTitle(file.Path);
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.NoTitle, path, TextPosition.Line1, fallback));
            title = DocumentBlock.Plain(BlockKind.Heading, fallback, 1, 1);
        }

        var junk = JunkFilter.Apply(blocks, LanguageDetector.Detect(blocks.ConvertAll(b => b.Text)), file.Junk, path, file.Text);
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
            diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.NoBody, path, new TextPosition(title.Line, title.Column), title.Text));
        }

        var wordCount = 0;
        foreach (var paragraph in paragraphs)
        {
            wordCount += TextCleaner.CountWords(paragraph);
        }

        return new ArticleModel
        {
            SourcePath = file.Path,
            Format = document.Format,
            Title = title.Text,
            TitleLine = title.Line,
            RequestedId = Slug.From(title.Text),
            Paragraphs = paragraphs.ToEquatableArray(),
            WordCount = wordCount,
            Language = LanguageDetector.Detect(paragraphs),
            Removed = junk.Removed.ToEquatableArray(),
        };
    }

    /// <summary>
    /// Takes the headline out of the blocks: the first level-1 heading; else a heading that opens the document;
    /// else the first block of text.
    /// </summary>
    private static DocumentBlock? TakeTitle(List<DocumentBlock> blocks)
    {
        var index = blocks.FindIndex(b => b.Kind == BlockKind.Heading && b.Level == 1 && b.Text.Length > 0);
        if (index < 0)
        {
            index = blocks.FindIndex(b => b.Text.Length > 0 && b.Kind != BlockKind.Separator);
        }

        if (index < 0)
        {
            return null;
        }

        var title = blocks[index];
        blocks.RemoveAt(index);
        return title;
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
