using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Testing;

namespace Corpus.Benchmarks;

/// <summary>
/// Benchmark 3: end-to-end <c>dotnet build</c> of a consumer with 1–100 MB of synthetic articles, against two floors
/// and an empty consumer. The resource floor compiles what the consumer compiles (its generated sources, its store
/// as an embedded resource) without the generator or the build task; the u8-literal floor compiles the same corpus
/// written as UTF-8 literals in C# (the generator's <c>CorpusStorage=Inline</c> output), without the generator. One
/// build takes seconds to minutes, so this is a plain timed run rather than a BenchmarkDotNet job.
/// </summary>
/// <remarks>
/// Each build runs under GNU time, whose maximum resident set size is that of the largest single process in the
/// tree: with build servers disabled, that is the compiler. Linux only.
/// </remarks>
public static partial class BuildScaling
{
    private const string Time = "/usr/bin/time";
    private static readonly int[] DefaultMegabytes = [1, 8, 32, 100];
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>Up to this size a corpus counts as small, and each round also profiles the consumer's build.</summary>
    private const int SmallCorpusMegabytes = 8;

    public static int Run(string[] args)
    {
        if (!File.Exists(Time))
        {
            Console.Error.WriteLine($"build-scaling measures peak memory with GNU time; install it at {Time}.");
            return 1;
        }

        var repeats = 1;
        if (args is ["--repeat", var count, .. var rest])
        {
            repeats = int.Parse(count, CultureInfo.InvariantCulture);
            args = rest;
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : DefaultMegabytes;
        var repository = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "corpus-build-scaling");
        Console.WriteLine($"Working in {work}; build logs are kept there.");

        // The package, packed once into a feed of its own and restored into a packages folder of its own, so that every
        // consumer uses this build of it, as a user's project would: no project references to build or check.
        var feed = Path.Combine(work, "feed");
        var packages = Path.Combine(work, "packages");
        foreach (var directory in new[] { feed, packages }.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }

        var pack = Measure(work, "pack", "pack", "-c", "Release", "-o", feed, Path.Combine(repository, "runtime", "Corpus.csproj"));
        var package = Directory.Exists(feed) ? Directory.GetFiles(feed, "Corpus.*.nupkg").FirstOrDefault() : null;
        if (!pack.Succeeded || package is null)
        {
            Console.Error.WriteLine($"Could not pack the package: {pack.Failure ?? "no package in " + feed}");
            return 1;
        }

        var source = new PackageSource(feed, packages, Path.GetFileNameWithoutExtension(package)["Corpus.".Length..]);
        var runtime = Path.Combine(repository, "runtime", "bin", "Release", "net8.0", "Corpus.dll");

        var emptyConsumer = Consumer(source, Path.Combine(work, "empty"), megabytes: 0);
        var empty = Median([.. Enumerable.Range(0, repeats).Select(_ => BuildFromClean(emptyConsumer))]);
        Console.WriteLine($"empty consumer: {empty}");

        var rows = new List<string>();
        var profileRows = new List<string>();
        foreach (var megabytes in sizes)
        {
            var directory = Path.Combine(work, megabytes + "MB");
            var consumer = Consumer(source, Path.Combine(directory, "consumer"), megabytes);
            var inline = Path.Combine(directory, "inline-generated");
            GeneratorInputs.WriteInlineSources(consumer.Directory, inline);
            var literalFloor = Floor(runtime, Path.Combine(directory, "literal-floor"), inline, store: null);
            Project? resourceFloor = null;

            // Rounds of the three builds one after another, so that each ratio compares builds made minutes apart, not
            // a consumer built on a quiet machine with a floor built on a busy one. The resource floor compiles the
            // consumer's own output, which the consumer's build in the same round has just written again.
            var (builds, resourceFloors, literalFloors) = (new List<Result>(), new List<Result>(), new List<Result>());
            var profiles = new List<Profile>();
            for (var round = 0; round < repeats; round++)
            {
                var build = BuildFromClean(consumer);
                builds.Add(build);
                var store = Directory.Exists(Path.Combine(consumer.Directory, "obj"))
                    ? Directory.EnumerateFiles(Path.Combine(consumer.Directory, "obj"), "Corpus.Store.bin", SearchOption.AllDirectories).FirstOrDefault()
                    : null;
                if (build.Succeeded && Directory.Exists(consumer.Generated) && store is not null)
                {
                    resourceFloor ??= Floor(runtime, Path.Combine(directory, "resource-floor"), consumer.Generated, store);
                    resourceFloors.Add(BuildFromClean(resourceFloor));
                }
                else
                {
                    resourceFloors.Add(Result.NotRun("no generated sources or store to compile"));
                }

                literalFloors.Add(BuildFromClean(literalFloor));
                if (megabytes <= SmallCorpusMegabytes && build.Succeeded)
                {
                    // Untimed, last in the round: its detailed log and reports slow the build they describe.
                    profiles.Add(ProfileFromClean(consumer, build));
                }
            }

            var (consumerResult, resourceResult, literalResult) = (Median(builds), Median(resourceFloors), Median(literalFloors));
            var shares = RoundShares(builds, resourceFloors);
            Console.WriteLine($"{megabytes} MB consumer: {consumerResult}");
            Console.WriteLine($"{megabytes} MB resource floor: {resourceResult}");
            Console.WriteLine($"{megabytes} MB u8-literal floor: {literalResult}");
            Console.WriteLine($"{megabytes} MB share, round by round: {string.Join(", ", shares.Select(Percent))}");
            rows.Add(Row(consumer, consumerResult, resourceResult, literalResult, empty, shares));
            if (profiles.Count > 0)
            {
                profileRows.Add(ProfileRow(consumer, profiles));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Corpus | Articles | Consumer build | Peak | Resource floor | Peak | u8-literal floor | Peak | Empty consumer | Peak | Literal floor / consumer | Generator and tasks' share |");
        Console.WriteLine("|-------:|---------:|---------------:|-----:|---------------:|-----:|-----------------:|-----:|---------------:|-----:|-------------------------:|---------------------------:|");
        rows.ForEach(Console.WriteLine);
        if (profileRows.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| Corpus | Generator (compiler's report) | Build tasks (MSBuild's summary) | Generator's own share | Generator and tasks, of the build |");
            Console.WriteLine("|-------:|------------------------------:|------------------------------:|----------------------:|---------------------------------:|");
            profileRows.ForEach(Console.WriteLine);
        }

        return 0;
    }

    /// <summary>
    /// What the generator and the build tasks took in one more build of the consumer from clean, by the compiler's
    /// analyzer report and MSBuild's performance summary, each against the round's timed build of the consumer. The
    /// compiler's figure for the generator includes parsing the sources it generates, which the resource floor parses
    /// too.
    /// </summary>
    private static Profile ProfileFromClean(Project consumer, Result timed)
    {
        DeleteOutputs(consumer);
        var result = BuildOnce(consumer, "profile", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary");
        var log = Path.Combine(consumer.Directory, "profile.log");
        if (!result.Succeeded || !File.Exists(log))
        {
            return new Profile(double.NaN, double.NaN, timed.Seconds);
        }

        double generator = double.NaN, task = double.NaN;
        foreach (var line in File.ReadLines(log))
        {
            if (GeneratorLine().Match(line) is { Success: true } g && double.IsNaN(generator))
            {
                generator = double.Parse(g.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            else if (TaskLine().Match(line) is { Success: true } t)
            {
                // The task that starts the store writer early and the one that waits for it before the compiler.
                task = (double.IsNaN(task) ? 0 : task) + double.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) / 1000;
            }
        }

        return new Profile(generator, task, timed.Seconds);
    }

    private static string ProfileRow(Project consumer, List<Profile> profiles)
    {
        var measured = profiles.Where(p => !double.IsNaN(p.Generator) && !double.IsNaN(p.Task)).ToList();
        if (measured.Count == 0)
        {
            return $"| {consumer.Bytes / 1e6:F1} MB | - | - | - | - |";
        }

        string Seconds(double value) => value.ToString("F2", CultureInfo.InvariantCulture) + " s";
        return $"| {consumer.Bytes / 1e6:F1} MB | {Seconds(MedianOf(measured.Select(p => p.Generator)))} | {Seconds(MedianOf(measured.Select(p => p.Task)))} | " +
            $"{Percent(MedianOf(measured.Select(p => p.Generator / p.Build)))} | {Percent(MedianOf(measured.Select(p => (p.Generator + p.Task) / p.Build)))} |";
    }

    [GeneratedRegex(@"^\s+([0-9.]+)\s+\S+\s+Corpus\.Generator, Version=", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratorLine();

    [GeneratedRegex(@"^\s+([0-9]+) ms\s+Corpus\.Tasks\.\w+CorpusStore\s", RegexOptions.CultureInvariant)]
    private static partial Regex TaskLine();

    /// <summary>
    /// Each round's share of the consumer's build that the generator and the task add: (consumer − resource floor) /
    /// consumer, of two builds made one after the other, so that a slow spell of the machine weighs on both sides of the
    /// ratio rather than on one median. Rounds where either build failed are left out.
    /// </summary>
    private static double[] RoundShares(List<Result> builds, List<Result> resourceFloors) =>
        [.. builds.Zip(resourceFloors).Where(pair => pair.First.Succeeded && pair.Second.Succeeded).Select(pair => (pair.First.Seconds - pair.Second.Seconds) / pair.First.Seconds)];

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private static string Row(Project consumer, Result build, Result resourceFloor, Result literalFloor, Result empty, double[] shares)
    {
        var speedup = build.Succeeded && literalFloor.Succeeded ? (literalFloor.Seconds / build.Seconds).ToString("F1", CultureInfo.InvariantCulture) + "×" : "-";
        var share = shares.Length > 0 ? Percent(MedianOf(shares)) : "-";
        return $"| {consumer.Bytes / 1e6:F1} MB | {consumer.Articles:N0} | {build.Cell} | {build.PeakCell} | {resourceFloor.Cell} | {resourceFloor.PeakCell} | {literalFloor.Cell} | {literalFloor.PeakCell} | {empty.Cell} | {empty.PeakCell} | {speedup} | {share} |";
    }

    /// <summary>Builds <paramref name="project"/> from clean: its obj and bin folders deleted first.</summary>
    private static Result BuildFromClean(Project project)
    {
        DeleteOutputs(project);
        return BuildOnce(project);
    }

    private static void DeleteOutputs(Project project)
    {
        foreach (var output in new[] { "obj", "bin" }.Select(name => Path.Combine(project.Directory, name)).Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>The middle value, or the upper of the two middle ones, as <see cref="Median"/> takes it.</summary>
    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>
    /// The median time of <paramref name="results"/> with the highest peak (one build on a shared machine can be a third
    /// slower than the next), or the first that failed.
    /// </summary>
    private static Result Median(List<Result> results)
    {
        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return failed;
        }

        var median = results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);
        return median with { PeakBytes = results.Max(r => r.PeakBytes) };
    }

    /// <summary>
    /// Restores untimed, then times the build the way a user runs it, with the compiler in its own process; its output
    /// goes to <paramref name="log"/>.log.
    /// </summary>
    private static Result BuildOnce(Project project, string log = "build", params string[] arguments)
    {
        var restore = Measure(project.Directory, "restore", "restore", project.File);
        if (!restore.Succeeded)
        {
            return restore;
        }

        return Measure(project.Directory, log, ["build", "--no-restore", "-c", "Release", "--disable-build-servers", "-p:UseSharedCompilation=false", .. arguments, project.File]);
    }

    /// <summary>A throwaway project outside the repository that uses the package as a user's project does.</summary>
    private static Project Consumer(PackageSource package, string directory, int megabytes)
    {
        var articles = megabytes * 1_000_000 / 5_000;
        var generated = Path.Combine(directory, "..", "generated");
        var project = Prepare(directory, generated);
        if (Directory.Exists(project.Generated))
        {
            Directory.Delete(project.Generated, recursive: true);
        }

        var files = SyntheticCorpus.Create(articles);
        SyntheticCorpus.WriteTo(directory, files);

        // Generated sources go outside the project's folder so that no later build globs them in as Compile items.
        Write(project.File, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>{generated}</CompilerGeneratedFilesOutputPath>
                <RestorePackagesPath>{package.Packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus" Version="{package.Version}" />
                <CorpusArticle Include="articles/**/*" />
              </ItemGroup>
            </Project>
            """);
        Write(Path.Combine(directory, "nuget.config"), LocalFeed.NuGetConfig(package.Feed));
        return project with { Articles = articles, Bytes = files.Sum(f => (long)f.Bytes.Length) };
    }

    /// <summary>Generated sources as plain Compile items, with the store as an embedded resource if given; the runtime referenced, no generator.</summary>
    private static Project Floor(string runtime, string directory, string generated, string? store)
    {
        var project = Prepare(directory, generated);
        var resource = store is null ? "" : $"""<EmbeddedResource Include="{store}" LogicalName="Corpus.Store" WithCulture="false" />""";
        Write(project.File, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{generated}/**/*.cs" />
                {resource}
                <Reference Include="{runtime}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    /// <summary>A fresh folder whose empty Directory.Build files keep the repository's settings out.</summary>
    private static Project Prepare(string directory, string generated)
    {
        directory = Path.GetFullPath(directory);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        Write(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        return new Project(directory, Path.Combine(directory, Path.GetFileName(directory) + ".csproj"), Path.GetFullPath(generated), 0, 0);
    }

    /// <summary>Runs one dotnet command under GNU time with a time limit; its output goes to a log beside the project.</summary>
    private static Result Measure(string directory, string name, params string[] arguments)
    {
        Directory.CreateDirectory(directory);
        var log = Path.Combine(directory, name + ".log");
        var timeFile = Path.Combine(directory, name + ".time");
        var start = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-f", "%M", "-o", timeFile, "dotnet", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var output = new StreamWriter(log);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return Result.NotRun($"timed out after {Timeout.TotalMinutes:F0} minutes");
        }

        process.WaitForExit();
        clock.Stop();
        output.Flush();
        var peakKilobytes = File.ReadLines(timeFile).Select(l => long.TryParse(l, out var k) ? k : -1).LastOrDefault(k => k >= 0);
        var failure = process.ExitCode == 0 ? null : $"exit code {process.ExitCode}; {FirstError(log)}";
        return new Result(clock.Elapsed.TotalSeconds, peakKilobytes * 1024, failure);
    }

    private static void Append(StreamWriter output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.WriteLine(line);
            }
        }
    }

    private static string FirstError(string log) =>
        File.ReadLines(log).FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains("signal", StringComparison.Ordinal))?.Trim()
        ?? "see " + log;

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from a build inside the repository: Corpus.sln was not found above " + AppContext.BaseDirectory);
    }

    private sealed record Project(string Directory, string File, string Generated, int Articles, long Bytes);

    /// <summary>A profiled build's generator and task seconds, and the round's timed build of the same consumer.</summary>
    private sealed record Profile(double Generator, double Task, double Build);

    /// <summary>Where the package under test was packed, where consumers restore it, and its version.</summary>
    private sealed record PackageSource(string Feed, string Packages, string Version);

    private sealed record Result(double Seconds, long PeakBytes, string? Failure)
    {
        public bool Succeeded => Failure is null;

        public string Cell => Succeeded ? Seconds.ToString("F1", CultureInfo.InvariantCulture) + " s" : "failed";

        public string PeakCell => PeakBytes > 0 ? (PeakBytes / (double)(1L << 30)).ToString("F2", CultureInfo.InvariantCulture) + " GiB" : "-";

        public static Result NotRun(string reason) => new(0, 0, reason);

        public override string ToString() =>
            (Succeeded ? Cell : "FAILED after " + Seconds.ToString("F1", CultureInfo.InvariantCulture) + " s (" + Failure + ")") + ", peak " + PeakCell;
    }
}
