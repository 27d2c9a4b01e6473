using System.Reflection;

namespace Corpus.Package.Tests;

/// <summary>Facts about the build of this test assembly, recorded by the project file as assembly metadata.</summary>
internal static class BuildSettings
{
    /// <summary>The configuration this assembly was built in; the runtime project was built in it too.</summary>
    public static string Configuration { get; } = Read("Corpus.Configuration");

    /// <summary>The package version every project of the repository is built with.</summary>
    public static string PackageVersion { get; } = Read("Corpus.PackageVersion");

    /// <summary>The repository's root directory, where <c>Corpus.sln</c> lives.</summary>
    public static string RepositoryRoot { get; } = Read("Corpus.RepositoryRoot");

    /// <summary>The SDK's runtime identifier by its portable name: the platform the package's native store writer is compiled for.</summary>
    public static string SdkRuntimeIdentifier { get; } = Read("Corpus.SdkRuntimeIdentifier");

    private static string Read(string key)
    {
        var value = typeof(BuildSettings).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"The test assembly was built without the '{key}' assembly metadata.")
            : value;
    }
}
