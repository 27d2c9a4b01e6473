using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Reading;
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
    public static List<StoreEntry> Read(IReadOnlyList<ArticleItem> items, ArticleSettings settings, CancellationToken cancellationToken)
    {
        var entries = new StoreEntry?[items.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = System.Environment.ProcessorCount };
        Parallel.For(0, items.Count, options, i =>
        {
            var file = settings.ReadFile(items[i].FullPath, items[i].Junk);
            var article = ArticleReader.Read(file, cancellationToken).Article;
            entries[i] = article is null ? null : StoreEntry.For(article, keepRecord: true);
        });

        // In item order before sorting, so that a path listed twice keeps its first item's entry, as the generator does.
        var read = new List<StoreEntry>(items.Count);
        foreach (var entry in entries)
        {
            if (entry is not null)
            {
                read.Add(entry);
            }
        }

        return StoreEntry.InStoreOrder(read);
    }
}
