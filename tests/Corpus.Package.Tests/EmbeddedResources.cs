using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Corpus.Package.Tests;

/// <summary>The resources an assembly embeds, read from its metadata without loading it.</summary>
internal static class EmbeddedResources
{
    /// <summary>The store's logical name, as csc's <c>/resource:</c> gives it.</summary>
    public const string StoreName = "Corpus.Store";

    /// <summary>Every resource embedded in the assembly at <paramref name="path"/>, by name, with its bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var resources = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil)
            {
                continue;
            }

            // Each embedded resource is its length, a 32-bit integer, then its bytes, at its offset in the resources directory.
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader();
            reader.Offset = checked((int)resource.Offset);
            var length = reader.ReadInt32();
            resources.Add(metadata.GetString(resource.Name), reader.ReadBytes(length));
        }

        return resources;
    }
}
