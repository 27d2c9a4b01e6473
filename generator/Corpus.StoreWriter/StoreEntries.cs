using System.Collections.Generic;
using System.Threading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;

namespace Corpus.StoreWriting;

/// <summary>Reads every article file into its digest, several files at a time.</summary>
internal static class StoreEntries
{
    /// <summary>
    /// How many files are read at once: two per processor. Without tiered compilation, a thread that calls a method for
    /// the first time compiles it there and then, and another thread calling it meanwhile waits; with a thread per
    /// processor that left processors idle while the process was new (8.5 MB on two processors: 0.47–0.55 s with four
    /// threads, 0.55–0.66 s with two).
    /// </summary>
    public static int Threads { get; } = 2 * System.Environment.ProcessorCount;

    /// <summary>
    /// The digests of <paramref name="items"/>, in item order: one per file, left out or not, with the diagnostics the
    /// generator will report. Each keeps its article's record, not its model or text, so memory grows with the store,
    /// not with everything read.
    /// </summary>
    /// <param name="items">The article files.</param>
    /// <param name="settings">The project's reading settings.</param>
    /// <param name="previous">What the last build wrote: a file whose input is unchanged since is taken from it, not read again.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static ArticleDigest[] Read(IReadOnlyList<ArticleItem> items, ArticleSettings settings, PreviousStore? previous, CancellationToken cancellationToken) =>
        StoreBuilder.Read(items.Count, i => settings.ReadFile(items[i].FullPath, items[i].Junk), Threads, cancellationToken, previous);
}
