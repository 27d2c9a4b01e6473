using System.Collections.Generic;
using System.Threading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;

namespace Corpus.StoreWriting;

/// <summary>Reads every article file into its digest, several files at a time.</summary>
internal static class StoreEntries
{
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
        StoreBuilder.Read(items.Count, i => settings.ReadFile(items[i].FullPath, items[i].Junk), System.Environment.ProcessorCount, cancellationToken, previous);
}
