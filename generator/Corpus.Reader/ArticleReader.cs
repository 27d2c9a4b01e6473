using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Extraction;
using Corpus.Reading.Formats;
using Corpus.Reading.Junk;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading;

/// <summary>
/// Reads one article file: decoded text in, <see cref="ArticleModel"/> and located diagnostics out.
/// It never throws for bad input: a file that cannot become an article is left out with a diagnostic saying why.
/// </summary>
public static class ArticleReader
{
    /// <summary>How much of the start of a file is sampled to tell binary data from text.</summary>
    public const int BinarySampleLength = 8000;

    public static ReadResult Read(ArticleFile file, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<ReaderDiagnostic>();
        try
        {
            var article = ReadArticle(file, diagnostics, cancellationToken);
            return new ReadResult(file.Path, file.DiagnosticPath, article, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.UnexpectedFailure, file.DiagnosticPath, exception.GetType().Name, exception.Message));
            return new ReadResult(file.Path, file.DiagnosticPath, null, diagnostics.ToEquatableArray());
        }
    }

    private static ArticleModel? ReadArticle(ArticleFile file, List<ReaderDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (file.Text is null)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.UnreadableFile, file.DiagnosticPath));
            return null;
        }

        if (file.Text.Length > file.MaxLength)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.TooLarge, file.DiagnosticPath, file.Text.Length.ToString(CultureInfo.InvariantCulture), file.MaxLength.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var text = file.Text.Length > 0 && file.Text[0] == '\uFEFF' ? file.Text.Substring(1) : file.Text;
        if (TextCleaner.IsBlank(text))
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.EmptyFile, file.DiagnosticPath));
            return null;
        }

        if (LooksBinary(text))
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.BinaryFile, file.DiagnosticPath));
            return null;
        }

        if (file.Encoding == TextEncoding.Windows1252Fallback)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.NotUtf8, file.DiagnosticPath));
        }

        // Split once; only a file that has front matter is split again, as its body with the front matter blanked.
        var lines = LineSplitter.Split(text);
        var frontMatter = FrontMatter.Split(lines);
        file = file with { Junk = JunkSettings.Resolve(file, frontMatter, diagnostics) };
        var body = text;
        if (frontMatter is not null)
        {
            body = frontMatter.Body;
            lines = LineSplitter.Split(body);
        }

        var format = FormatDetector.Detect(lines, frontMatter is not null);
        cancellationToken.ThrowIfCancellationRequested();

        var document = format == SourceFormat.Markdown ? ParseMarkdown(file, body, lines, diagnostics) : PlainTextParser.Parse(lines);
        cancellationToken.ThrowIfCancellationRequested();

        return ArticleExtractor.Extract(file, document, frontMatter, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Parses Markdown; when the parser gives up (Markdig refuses input nested deeper than it can follow), the file is
    /// read as plain text instead, so the article is kept with a warning rather than lost.
    /// </summary>
    private static ArticleDocument ParseMarkdown(ArticleFile file, string body, List<SourceLine> lines, List<ReaderDiagnostic> diagnostics)
    {
        try
        {
            return MarkdownParser.Parse(body);
        }
        catch (ArgumentException exception)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.MarkdownUnreadable, file.DiagnosticPath, exception.Message));
            return PlainTextParser.Parse(lines);
        }
    }

    /// <summary>
    /// Binary data decoded as text shows NUL characters (images, archives, UTF-16 without a byte order mark) or a
    /// thick scatter of other control characters. Real text has neither, but scraped text can carry a stray NUL, so
    /// density decides: more than one NUL in 200 characters, or more than one control character in 10.
    /// </summary>
    internal static bool LooksBinary(string text)
    {
        var length = Math.Min(text.Length, BinarySampleLength);
        var nuls = 0;
        var controls = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            if (c == '\0')
            {
                nuls++;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\u0085'))
            {
                controls++;
            }
        }

        return nuls * 200 > length || controls * 10 > length;
    }
}
