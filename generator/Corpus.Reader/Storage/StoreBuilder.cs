using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Reading.Model;

namespace Corpus.Reading.Storage;

/// <summary>
/// Reads every article file into its digest, several at a time: what the package's build task writes the store and its
/// manifest from. The reader never throws for a bad file, so one bad file never stops the rest.
/// </summary>
public static class StoreBuilder
{
    /// <param name="count">How many files there are.</param>
    /// <param name="file">Makes file <c>i</c>; called once per file, on any thread, so that only one file's text is held per thread.</param>
    /// <param name="maxParallelism">How many files are read at once; -1 for one per processor.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <param name="previous">What the last build wrote: a file whose input is unchanged since is taken from it, not read.</param>
    /// <returns>The digest of file <c>i</c> at <c>i</c>; each keeps its article's record, not its text.</returns>
    public static ArticleDigest[] Read(int count, Func<int, ArticleFile> file, int maxParallelism, CancellationToken cancellationToken, PreviousStore? previous = null)
    {
        var digests = new ArticleDigest[count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism };
        Parallel.For(0, count, options, i =>
        {
            var input = file(i);
            var fingerprint = ArticleDigest.FingerprintOf(input);
            digests[i] = previous?.Find(input.DiagnosticPath, fingerprint) ?? ArticleDigest.Read(input, fingerprint, cancellationToken);
        });

        return digests;
    }

    /// <summary>The store of <paramref name="files"/> and its manifest, as the build task writes them.</summary>
    public static (byte[] Store, string Manifest) Write(IReadOnlyList<ArticleDigest> files) =>
        (StoreWriter.Write(ArticleDigest.Entries(files)), StoreManifest.Write(files));
}
