using System.Collections.Generic;
using System.Threading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>
/// Separates junk from an article's body: spam injected into its paragraphs (<see cref="SpamDetector"/>) and the
/// site's furniture around it (<see cref="BoilerplateDetector"/>). Every find is reported as a located diagnostic;
/// in <see cref="JunkMode.Remove"/> it is also taken out of the blocks and kept in <see cref="JunkResult.Removed"/>,
/// so that nothing is lost and the user can overrule any decision (<see cref="JunkMode.Keep"/>, <see cref="JunkMode.Off"/>).
/// Credits and the source footer are the article's own furniture and are never junk (<see cref="ArticleFurniture"/>).
/// Every scan is linear in the article's length.
/// </summary>
public static class JunkFilter
{
    /// <summary>Removed text is quoted in a diagnostic up to this many characters.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>
    /// Looks for junk in <paramref name="bodyBlocks"/> (the blocks after the title) and, as <paramref name="mode"/>
    /// says, takes it out.
    /// </summary>
    /// <param name="bodyBlocks">The article's blocks after its title, in file order.</param>
    /// <param name="language">The article's language (ISO 639-1) if known: its function words tell prose from lists.</param>
    /// <param name="mode">Whether to remove, only report, or not look for junk.</param>
    /// <param name="diagnosticPath">The path diagnostics are reported at.</param>
    /// <param name="source">The file's text, to locate finds exactly; without it they are located at their block.</param>
    /// <param name="cancellationToken">Stops a long article between blocks.</param>
    public static JunkResult Apply(
        IReadOnlyList<DocumentBlock> bodyBlocks,
        string? language,
        JunkMode mode,
        string diagnosticPath,
        string? source = null,
        CancellationToken cancellationToken = default)
    {
        if (mode == JunkMode.Off || bodyBlocks.Count == 0)
        {
            return JunkResult.Unchanged(bodyBlocks);
        }

        // Every step below reads the blocks' words, addresses and links: they are found once, here.
        var tokens = new List<Token>[bodyBlocks.Count];
        var links = new List<LinkSpan>[bodyBlocks.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = TextScanner.Scan(bodyBlocks[i].Text);
            links[i] = InlineSpans.Links(bodyBlocks[i]);
        }

        var isProtected = ArticleFurniture.Find(bodyBlocks, tokens);
        var context = ArticleContext.Build(tokens, links, language, isProtected);
        var profiles = new List<BlockProfile>(bodyBlocks.Count);
        for (var i = 0; i < bodyBlocks.Count; i++)
        {
            profiles.Add(BlockProfile.Of(bodyBlocks[i], tokens[i], links[i], context));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var furniture = BoilerplateDetector.Find(bodyBlocks, profiles, isProtected);
        var spam = new SpamDetector(context);
        var locator = new SourceLocator(source);
        var remove = mode == JunkMode.Remove;
        var kept = new List<DocumentBlock>(bodyBlocks.Count);
        var removed = new List<RemovedModel>();
        var diagnostics = new List<ReaderDiagnostic>();

        void Report(RemovedKind kind, string text, TextPosition position)
        {
            var diagnosticKind = kind == RemovedKind.Spam ? DiagnosticKind.SpamFound : DiagnosticKind.BoilerplateFound;
            diagnostics.Add(ReaderDiagnostic.At(diagnosticKind, diagnosticPath, position, Quote(text), remove ? "removed" : "kept, as CorpusJunk is Keep"));
            if (remove)
            {
                removed.Add(new RemovedModel(kind, text));
            }
        }

        for (var i = 0; i < bodyBlocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = bodyBlocks[i];
            if (block.Kind is BlockKind.Separator or BlockKind.Code || block.Text.Length == 0 || isProtected[i])
            {
                kept.Add(block);
                continue;
            }

            if (furniture[i])
            {
                Report(RemovedKind.Boilerplate, block.Text, locator.BlockStart(block));
                if (!remove)
                {
                    kept.Add(block);
                }

                continue;
            }

            var runs = spam.FindRuns(i, block, tokens[i], links[i]);
            foreach (var run in runs)
            {
                Report(RemovedKind.Spam, TextCleaner.Clean(block.Text.Substring(run.Start, run.End - run.Start)), locator.Locate(block, run.Start, run.End));
            }

            if (!remove || runs.Count == 0)
            {
                kept.Add(block);
            }
            else if (BlockCutter.Cut(block, runs) is { } rest)
            {
                kept.Add(rest);
            }
        }

        return new JunkResult(kept, removed, diagnostics);
    }

    private static string Quote(string text)
    {
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        var length = MaxQuotedLength - 1;
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text.Substring(0, length).TrimEnd() + "…";
    }
}
