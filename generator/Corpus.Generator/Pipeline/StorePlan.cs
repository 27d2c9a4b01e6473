using System.Collections.Generic;
using System.Linq;
using Corpus.Reading;
using Corpus.Reading.Storage;

namespace Corpus.Generator.Pipeline;

/// <summary>One article file's part in the store: its entry (none when the file was left out) and where to report about it.</summary>
internal sealed record StoredArticle(StoreEntry? Entry, string DiagnosticPath)
{
    /// <summary>The record is kept only for an inline store, which the generator writes; an embedded one needs only its hash.</summary>
    public static StoredArticle For(ArticleRead read, StorageMode storage) =>
        new(read.Digest.Article?.Entry is { } entry && storage != StorageMode.Inline ? entry.WithoutRecord() : read.Digest.Article?.Entry, read.Digest.DiagnosticPath);
}

/// <summary>Everything the store's output depends on: the settings, every article file's entry, and the embedded store's manifest if any.</summary>
internal sealed record StorePlan(CorpusOptions Options, EquatableArray<StoredArticle> Files, EmbeddedManifest Manifest)
{
    /// <summary>The entries in store order: the order of <c>All</c> and of the articles' ordinals.</summary>
    public List<StoreEntry> Entries() => StoreEntry.InStoreOrder(Files.Where(f => f.Entry is not null).Select(f => f.Entry!));

    /// <summary>Where diagnostics about the article at <paramref name="sourcePath"/> go, or <see langword="null"/> when it is none of these files.</summary>
    public string? DiagnosticPathOf(string sourcePath) =>
        Files.FirstOrDefault(f => f.Entry?.SourcePath == sourcePath)?.DiagnosticPath;
}
