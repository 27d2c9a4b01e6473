using System.Security;

namespace Corpus.Testing;

/// <summary>
/// The <c>nuget.config</c> of a throwaway project that uses the Corpus package from a local feed, as a user's project
/// uses it from nuget.org: the package tests' probe and the build benchmark's consumers share it.
/// </summary>
internal static class LocalFeed
{
    /// <summary>
    /// A configuration with <paramref name="feedDirectory"/> as its only package source, and the Corpus package mapped to
    /// it, so that no other source is asked and no package of that name can come from anywhere else.
    /// </summary>
    public static string NuGetConfig(string feedDirectory) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="corpus-under-test" value="{SecurityElement.Escape(feedDirectory)}" />
          </packageSources>
          <packageSourceMapping>
            <clear />
            <packageSource key="corpus-under-test">
              <package pattern="Corpus" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}
