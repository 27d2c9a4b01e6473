using System.Security;
using Corpus.Testing;

namespace Corpus.Package.Tests;

/// <summary>One file of a probe project: a path relative to the project, with <c>/</c>, and its exact bytes.</summary>
/// <param name="RelativePath">Where the file goes in the project.</param>
/// <param name="Bytes">What it holds, byte for byte, so that a test decides every encoding detail.</param>
internal sealed record ProbeFile(string RelativePath, byte[] Bytes)
{
    /// <summary>A file holding <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public static ProbeFile Utf8(string relativePath, string text) => new(relativePath, System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>
/// A throwaway console project that uses Corpus the way a user does: a <c>PackageReference</c> and
/// <c>CorpusArticle</c> items. It restores from the local feed only, into a packages folder of its own, so the
/// package under test is the one just packed and never a copy cached by an earlier run. Its program prints every
/// article as JSON, whose escapes keep any title intact whatever the console's encoding.
/// </summary>
internal sealed class ProbeProject
{
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeLimit = TimeSpan.FromMinutes(1);

    private readonly ProbeSettings _settings;

    private ProbeProject(string directory, ProbeSettings settings)
    {
        Directory = directory;
        _settings = settings;
    }

    /// <summary>The project's directory, a full path.</summary>
    public string Directory { get; }

    /// <summary>The article files the project was given.</summary>
    public IReadOnlyList<ProbeFile> Articles => _settings.Articles;

    /// <summary>The assembly the last build wrote.</summary>
    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", "Probe.dll");

    /// <summary>The full path of a file in the build's intermediate directory.</summary>
    public string IntermediateFile(string name) => Path.Combine(Directory, "obj", "Debug", "net10.0", name);

    /// <summary>The full path of one of the project's files, as the compiler reports it.</summary>
    public string FullPath(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a probe project into <paramref name="directory"/>.</summary>
    public static ProbeProject Write(string directory, ProbeSettings settings)
    {
        var probe = new ProbeProject(directory, settings);
        probe.WriteFiles();
        return probe;
    }

    /// <summary>
    /// Writes the same project into another directory, with its articles listed one by one in the given order instead
    /// of by a glob, so that neither the directory nor the order of the items can be what the output depends on.
    /// </summary>
    public ProbeProject CopyTo(string directory, IEnumerable<string> articleOrder) =>
        Write(directory, _settings with { ArticleItems = [.. articleOrder] });

    /// <summary>Builds the project, writing the generated sources into <paramref name="generatedDirectory"/>.</summary>
    /// <param name="generatedDirectory">Where the compiler writes the generated sources, outside the project so no glob picks them up.</param>
    /// <param name="arguments">More arguments for <c>dotnet build</c>.</param>
    public Task<ProcessResult> BuildAsync(string generatedDirectory, params string[] arguments) =>
        // No build servers: each compile runs in a fresh csc process that loads the analyzer from the packages folder,
        // and no lingering server or node can hold this test's output pipes open.
        DotNet.RunAsync(
            Directory,
            BuildTimeLimit,
            ["build", "-tl:off", "--disable-build-servers", $"-p:CompilerGeneratedFilesOutputPath={generatedDirectory}", .. arguments]);

    /// <summary>Runs the project as last built.</summary>
    public Task<ProcessResult> RunAsync() => DotNet.RunAsync(Directory, RunTimeLimit, "run", "--no-build");

    /// <summary>Writes a file into the project, replacing any earlier one.</summary>
    public void WriteFile(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void WriteFiles()
    {
        foreach (var article in _settings.Articles)
        {
            var path = FullPath(article.RelativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, article.Bytes);
        }

        WriteFile("Program.cs", Program(_settings.TypedProperty));
        foreach (var (name, text) in _settings.Sources)
        {
            WriteFile(name, text);
        }

        var items = _settings.ArticleItems is { } listed
            ? string.Concat(listed.Select(path => $"\n    <CorpusArticle Include=\"{SecurityElement.Escape(path)}\" />"))
            : "\n    <CorpusArticle Include=\"articles/**/*\" />";
        var properties = string.Concat(_settings.Properties.Select(property => $"\n    <{property.Key}>{SecurityElement.Escape(property.Value)}</{property.Key}>"));
        WriteFile("Probe.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Probe</RootNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(_settings.TreatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <RestorePackagesPath>{SecurityElement.Escape(_settings.PackagesDirectory)}</RestorePackagesPath>
                <!-- A sample article carries real injected spam, which Corpus removes and reports as CORPUS021. -->
                <NoWarn>$(NoWarn);CORPUS021</NoWarn>
              </PropertyGroup>
              <PropertyGroup>{properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{SecurityElement.Escape(BuildSettings.PackageVersion)}" />{items}
              </ItemGroup>
            {_settings.Targets}
            </Project>
            """);
        WriteFile("nuget.config", LocalFeed.NuGetConfig(_settings.FeedDirectory));

        // The probe is built by the SDK the repository pins, as the repository itself is.
        File.Copy(Path.Combine(BuildSettings.RepositoryRoot, "global.json"), FullPath("global.json"), overwrite: true);

        // MSBuild imports the first Directory.*.props/targets it finds walking up from the project; these empty ones keep
        // whatever lies above the temp directory out of the probe. A root .editorconfig does the same for analyzer settings.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            WriteFile(name, "<Project />\n");
        }

        WriteFile(".editorconfig", "root = true\n");
    }

    // The generated property, when there is one, makes a missing article or a generator that never ran a compile error.
    private static string Program(string? typedProperty) => $$"""
        var articles = new System.Collections.Generic.List<object>();
        foreach (var article in Probe.Articles.All)
        {
            articles.Add(new
            {
                article.SourcePath,
                article.Title,
                article.Id,
                article.Paragraphs,
                article.Text,
                Format = article.Format.ToString(),
                Authors = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(article.Authors, a => a.Name + (a.Url is null ? "" : " <" + a.Url + ">"))),
                Published = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                article.Dateline,
                article.Publisher,
                OriginalUrl = article.OriginalUrl?.ToString(),
                article.Credits,
                Images = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(article.Images, i => i.Caption + " | " + i.Credit)),
                article.Language,
                article.WordCount,
            });
        }

        string? typed = {{(typedProperty is null ? "null" : $"Probe.Articles.{typedProperty}.Title")}};
        System.Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { Probe.Articles.Count, Articles = articles, Typed = typed }));
        """;
}

/// <summary>What a probe project holds and how it is built.</summary>
/// <param name="FeedDirectory">The local feed holding the package under test.</param>
/// <param name="PackagesDirectory">The probe's own packages folder.</param>
/// <param name="Articles">The article files.</param>
/// <param name="TreatWarningsAsErrors">Whether any warning fails the build.</param>
internal sealed record ProbeSettings(string FeedDirectory, string PackagesDirectory, IReadOnlyList<ProbeFile> Articles, bool TreatWarningsAsErrors)
{
    /// <summary>A generated article property the program reads, or <see langword="null"/> for none.</summary>
    public string? TypedProperty { get; init; }

    /// <summary>More C# sources, by file name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>The articles listed one by one in this order, or <see langword="null"/> for the glob <c>articles/**/*</c>.</summary>
    public IReadOnlyList<string>? ArticleItems { get; init; }

    /// <summary>More MSBuild properties, by name.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>More MSBuild targets, as XML written into the project.</summary>
    public string Targets { get; init; } = "";
}
