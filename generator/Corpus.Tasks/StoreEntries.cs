using System.Collections.Generic;
using System.Threading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;

namespace Corpus.Tasks;

/// <summary>Reads every article file into its store entry, several files at a time.</summary>
internal static class StoreEntries
{
    /// <summary>
    /// The entries of the articles read from <paramref name="items"/>, in store order. A file that is left out (unreadable,
    /// empty, binary, too long) has no entry; the generator reports why. Only each article's record is kept, not its model
    /// or text, so memory grows with the store, not with everything read.
    /// </summary>
    public static List<StoreEntry> Read(IReadOnlyList<ArticleItem> items, ArticleSettings settings, CancellationToken cancellationToken) =>
        StoreBuilder.Read(items.Count, i => settings.ReadFile(items[i].FullPath, items[i].Junk), System.Environment.ProcessorCount, cancellationToken);
}
