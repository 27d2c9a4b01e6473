using System.Security;

namespace Corpus.Package.Tests;

/// <summary>
/// A throwaway console project that uses Corpus the way a user does: a <c>PackageReference</c> and
/// <c>CorpusArticle</c> items. It restores from the local feed only, into a packages folder of its own, so the
/// package under test is the one just packed and never a copy cached by an earlier run.
/// </summary>
internal static class ProbeProject
{
    /// <summary>The headlines of the sample articles the probe is given (samples/NewsReader/articles).</summary>
    public static readonly IReadOnlyList<string> SampleTitles =
    [
        "Russia may be coming in from cold after talks with Hague",
        "Britain, Russia to Reach Out Via Hotline",
    ];

    /// <summary>The headline of the probe's own article, written with YAML front matter.</summary>
    public const string FrontMatterTitle = "Packed Analyzer Reads Front Matter";

    /// <summary>The number of paragraphs in the body of the probe's own article.</summary>
    public const int FrontMatterParagraphs = 2;

    /// <summary>The first field of the line that holds <c>Articles.Count</c>; the second field is the count.</summary>
    public const string CountLabel = "count";

    /// <summary>The first field of a line per article in <c>Articles.All</c>: then title, id and paragraph count.</summary>
    public const string ArticleLabel = "article";

    /// <summary>The first field of the line that holds the title read through a generated article property.</summary>
    public const string TypedLabel = "typed";

    // Tab-separated, because a title may hold any other punctuation. The generated property on the last line makes a
    // missing article, or a generator that never ran, a compile error.
    private const string Program = $$"""
        System.Console.WriteLine($"{{CountLabel}}\t{Probe.Articles.Count}");
        foreach (var article in Probe.Articles.All)
        {
            System.Console.WriteLine($"{{ArticleLabel}}\t{article.Title}\t{article.Id}\t{article.Paragraphs.Count}");
        }

        System.Console.WriteLine($"{{TypedLabel}}\t{Probe.Articles.BritainRussiaToReachOutViaHotline.Title}");
        """;

    // Title and heading agree, so the expected title holds whether or not front matter takes precedence.
    private const string FrontMatterArticle = $"""
        ---
        title: {FrontMatterTitle}
        date: 2011-05-04
        tags: [probe, front-matter]
        ---

        # {FrontMatterTitle}

        The compiler loaded the source generator from the package, and the generator read this file through the
        Markdown and YAML libraries that ship beside it.

        A second paragraph makes sure that the body is split where a blank line separates two blocks of text.
        """;

    /// <summary>
    /// Writes the probe project into <paramref name="directory"/>, with the sample articles and one article of its own.
    /// </summary>
    /// <returns>The number of article files the probe was given.</returns>
    public static int Write(string directory, string feedDirectory, string packagesDirectory, string packageVersion)
    {
        var articles = Path.Combine(directory, "articles");
        Directory.CreateDirectory(articles);
        var samples = Directory.GetFiles(Path.Combine(BuildSettings.RepositoryRoot, "samples", "NewsReader", "articles"));
        foreach (var sample in samples)
        {
            File.Copy(sample, Path.Combine(articles, Path.GetFileName(sample)));
        }

        File.WriteAllText(Path.Combine(articles, "front-matter.md"), FrontMatterArticle);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, "Probe.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Probe</RootNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- A sample article carries real injected spam, which Corpus removes and reports as CORPUS020. -->
                <NoWarn>$(NoWarn);CORPUS020</NoWarn>
                <RestorePackagesPath>{SecurityElement.Escape(packagesDirectory)}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{SecurityElement.Escape(packageVersion)}" />
                <CorpusArticle Include="articles/**/*" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
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
            """);

        // The probe is built by the SDK the repository pins, as the repository itself is.
        File.Copy(Path.Combine(BuildSettings.RepositoryRoot, "global.json"), Path.Combine(directory, "global.json"));

        // MSBuild imports the first Directory.*.props/targets it finds walking up from the project; these empty ones keep
        // whatever lies above the temp directory out of the probe.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(directory, name), "<Project />\n");
        }

        return samples.Length + 1;
    }
}
