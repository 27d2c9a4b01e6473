namespace Corpus.Package.Tests;

/// <summary>The store files a probe's build left in its intermediate directory, and the store its assembly embeds.</summary>
/// <param name="Store">The store file's bytes, or <see langword="null"/> when there is none.</param>
/// <param name="StoreWritten">When the store file was last written.</param>
/// <param name="Manifest">The manifest's text, or <see langword="null"/> when there is none.</param>
/// <param name="Embedded">The bytes of the assembly's <c>Corpus.Store</c> resource, or <see langword="null"/> when it has none.</param>
internal sealed record StoreFiles(byte[]? Store, DateTime StoreWritten, string? Manifest, byte[]? Embedded)
{
    /// <summary>The store file's name in the intermediate directory.</summary>
    public const string StoreFileName = "Corpus.Store.bin";

    /// <summary>The manifest's name in the intermediate directory.</summary>
    public const string ManifestFileName = "Corpus.Store.manifest";

    /// <summary>What the probe's last build left.</summary>
    public static StoreFiles Of(ProbeProject probe)
    {
        var store = probe.IntermediateFile(StoreFileName);
        var manifest = probe.IntermediateFile(ManifestFileName);
        var embedded = File.Exists(probe.OutputAssembly) ? EmbeddedResources.Read(probe.OutputAssembly).GetValueOrDefault(EmbeddedResources.StoreName) : null;
        return new StoreFiles(
            File.Exists(store) ? File.ReadAllBytes(store) : null,
            File.Exists(store) ? File.GetLastWriteTimeUtc(store) : default,
            File.Exists(manifest) ? File.ReadAllText(manifest) : null,
            embedded);
    }

    public override string ToString() =>
        $"store: {(Store is null ? "none" : $"{Store.Length} bytes, written {StoreWritten:O}")}; embedded: {(Embedded is null ? "none" : $"{Embedded.Length} bytes")}\nmanifest:\n{Manifest ?? "none"}";
}
