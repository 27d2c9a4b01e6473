using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// Reads article files into store entries, in store order: what the package's build task embeds, and what the
/// generator checks the embedded store against. A file the reader leaves out has no entry; the reader never throws
/// for a bad file, so one bad file never stops the rest.
/// </summary>
public static class StoreBuilder
{
    /// <param name="count">How many files there are.</param>
    /// <param name="file">Makes file <c>i</c>; called once per file, on any thread, so that only one file's text is held per thread.</param>
    /// <param name="maxParallelism">How many files are read at once; -1 for one per processor.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static List<StoreEntry> Read(int count, Func<int, ArticleFile> file, int maxParallelism, CancellationToken cancellationToken)
    {
        var entries = new StoreEntry?[count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism };
        Parallel.For(0, count, options, i =>
        {
            if (ArticleReader.Read(file(i), cancellationToken).Article is { } model)
            {
                entries[i] = StoreEntry.For(model, keepRecord: true);
            }
        });

        return StoreEntry.InStoreOrder(entries.Where(e => e is not null).Select(e => e!));
    }
}
