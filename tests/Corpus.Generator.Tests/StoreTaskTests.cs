using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.StoreWriting;
using Corpus.Testing;

namespace Corpus.Generator.Tests;

/// <summary>
/// The build task that writes the store reads the same settings from the same MSBuild properties as the generator, with
/// the same fallbacks, and leaves out, orders and de-duplicates files the same way: any difference would fail every
/// build that meets it with CORPUS023.
/// </summary>
public sealed class StoreTaskTests : IDisposable
{
    /// <summary>The store writer's first line, by a name of the store writer alone (the protocol is compiled into the task too).</summary>
    private const string Greeting = Report.Greeting;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corpus-store-task-" + Guid.NewGuid().ToString("N"));

    public StoreTaskTests() => Directory.CreateDirectory(_directory);

    public static TheoryData<string?, string?, string?, string?, string?> Properties => new()
    {
        { null, null, null, null, null },
        { "", "", "", "", "" },
        { "  ", " ", "\t", " ", " " },
        { "/work/project", "/work/project/", "/work/project", "1000", "Keep" },
        { null, "/work/project/", "/work/other", " 250 ", " off " },
        { null, null, "/work/project", "0", "sometimes" },
        { "  /work/corpus  ", null, null, "-5", "REMOVE" },
        { null, null, null, "12abc", "Keep " },
        { null, null, null, "99999999999", null },
    };

    [Theory]
    [MemberData(nameof(Properties))]
    public void The_task_reads_the_settings_the_generator_reads(string? corpusProjectDirectory, string? projectDir, string? msbuildProjectDirectory, string? maxLength, string? junk)
    {
        var properties = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                properties["build_property." + name] = value;
            }
        }

        Add("CorpusProjectDirectory", corpusProjectDirectory);
        Add("ProjectDir", projectDir);
        Add("MSBuildProjectDirectory", msbuildProjectDirectory);
        Add("CorpusMaxArticleLength", maxLength);
        Add("CorpusJunk", junk);

        var generator = CorpusOptions.From(new TestOptions(properties)).Reading;
        var task = ReaderSettings.From(corpusProjectDirectory, projectDir, msbuildProjectDirectory, maxLength, junk);

        Assert.Equal(generator, task);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("True", true)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    public void An_item_is_an_article_by_the_generator_s_rule(string metadata, bool article) =>
        Assert.Equal(article, ArticleItem.IsArticle(metadata));

    [Fact]
    public void Entries_are_in_store_order_without_the_files_left_out_and_a_file_listed_twice_keeps_its_first_item()
    {
        var settings = new ArticleSettings(_directory, ArticleFile.DefaultMaxLength, Reading.Junk.JunkMode.Remove);
        const string Spam = "Port strike enters second week\nDock workers extended their strike on Monday. срочный займ на карту https://zaim-srazu.ru займ на карту онлайн\n";
        ArticleItem[] items =
        [
            Item("b.txt", Spam, junk: "Off"),
            Item("a.txt", "A title\nA first paragraph of the article, long enough to read.\n"),
            Item("empty.txt", ""),
            new ArticleItem(Path.Combine(_directory, "missing.txt"), ""),
            Item("b.txt", Spam, junk: "Remove"),
            .. Enumerable.Range(0, 40).Select(i => Item($"many/{i:D2}.txt", $"Article {i}\nThe body of article number {i}.\n")),
        ];

        var files = StoreEntries.Read(items, settings, previous: null, CancellationToken.None);
        var entries = ArticleDigest.Entries(files);

        // One digest per item, in item order, with what the reader said of it: the generator reports from these.
        Assert.Equal(items.Select(item => ArticleReader.Read(settings.ReadFile(item.FullPath, item.Junk)).Diagnostics), files.Select(file => file.Diagnostics));
        Assert.Equal([true, true, false, false, true, .. Enumerable.Repeat(true, 40)], files.Select(file => file.Article is not null));

        var expected = StoreEntry.InStoreOrder(
            items.Select(item => ArticleReader.Read(settings.ReadFile(item.FullPath, item.Junk)).Article)
                .OfType<ArticleModel>()
                .Select(article => StoreEntry.For(article, keepRecord: true)));
        Assert.Equal(expected, entries);
        Assert.Equal(["a.txt", "b.txt", .. Enumerable.Range(0, 40).Select(i => $"many/{i:D2}.txt")], entries.Select(entry => entry.SourcePath));

        var off = StoreEntry.For(ArticleReader.Read(settings.ReadFile(items[0].FullPath, "Off")).Article!, keepRecord: true);
        var removed = StoreEntry.For(ArticleReader.Read(settings.ReadFile(items[0].FullPath, "Remove")).Article!, keepRecord: true);
        Assert.NotEqual(removed, off);
        Assert.Equal(off, entries[1]);
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        var settings = new ArticleSettings(_directory);
        ArticleItem[] items = [Item("a.txt", "A title\nA paragraph.\n")];
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => StoreEntries.Read(items, settings, previous: null, cancellation.Token));
    }

    [Fact]
    public void An_unchanged_file_is_taken_from_the_previous_store_and_an_edited_one_is_read_again()
    {
        var settings = new ArticleSettings(_directory);
        var items = Corpus();
        var (store, manifest) = StoreBuilder.Write(StoreEntries.Read(items, settings, previous: null, CancellationToken.None));
        File.WriteAllText(items[1].FullPath, "Story 1, edited\nThe body of story number 1, edited since the last build.\n");

        // A digest the reader could not have made from story 0: only the previous manifest can have given it. (The title
        // keeps its length, which must be that of the title's bytes in the store.)
        var previous = PreviousStore.Load(manifest.Replace("\tStory 0\t", "\tTaken 0\t", StringComparison.Ordinal), store);
        var files = StoreEntries.Read(items, settings, previous, CancellationToken.None);

        Assert.NotNull(previous);
        Assert.Equal("Taken 0", files[0].Article!.Title);
        Assert.Equal(ArticleDigest.Read(settings.ReadFile(items[0].FullPath, "")).Article!.Entry, files[0].Article!.Entry);
        Assert.Equal(ArticleDigest.Read(settings.ReadFile(items[1].FullPath, "")), files[1]);
        Assert.Equal("Story 1, edited", files[1].Article!.Title);
    }

    [Fact]
    public void A_store_written_from_the_previous_one_is_the_store_written_from_every_file()
    {
        var settings = new ArticleSettings(_directory);
        var items = Corpus();
        var first = StoreBuilder.Write(StoreEntries.Read(items, settings, previous: null, CancellationToken.None));
        File.WriteAllText(items[7].FullPath, "Story 7, edited\nThe body of story number 7, edited since the last build.\n");
        File.WriteAllText(items[8].FullPath, "");

        var reused = StoreBuilder.Write(StoreEntries.Read(items, settings, PreviousStore.Load(first.Manifest, first.Store), CancellationToken.None));
        var fresh = StoreBuilder.Write(StoreEntries.Read(items, settings, previous: null, CancellationToken.None));

        Assert.Equal(fresh.Manifest, reused.Manifest);
        Assert.Equal(fresh.Store, reused.Store);
        Assert.NotEqual(first.Store, reused.Store);
    }

    [Fact]
    public void A_damaged_record_in_the_previous_store_is_read_again_and_a_damaged_store_is_not_used()
    {
        var settings = new ArticleSettings(_directory);
        var items = Corpus();
        var (store, manifest) = StoreBuilder.Write(StoreEntries.Read(items, settings, previous: null, CancellationToken.None));
        var fresh = StoreBuilder.Write(StoreEntries.Read(items, settings, previous: null, CancellationToken.None));

        // A byte of story 3's body, which appears once in the store: its record no longer has the manifest's hash.
        var damaged = (byte[])store.Clone();
        var body = System.Text.Encoding.UTF8.GetBytes("story number 3.");
        var at = damaged.AsSpan().IndexOf(body);
        damaged[at] = (byte)'S';
        var previous = PreviousStore.Load(manifest, damaged);

        Assert.NotNull(previous);
        Assert.Null(previous.Find(items[3].FullPath, ArticleDigest.FingerprintOf(settings.ReadFile(items[3].FullPath, ""))));
        Assert.Equal(fresh.Store, StoreBuilder.Write(StoreEntries.Read(items, settings, previous, CancellationToken.None)).Store);
        Assert.Null(PreviousStore.Load(manifest, store[..^1]));
        Assert.Null(PreviousStore.Load(manifest, [.. "CorpusStore/1\n"u8, .. store[14..]]));
        Assert.Null(PreviousStore.Load("not a manifest", store));
    }

    [Fact]
    public void The_store_writer_writes_the_store_and_manifest_of_the_articles_among_the_additional_files_and_leaves_them_alone_when_unchanged()
    {
        var items = Corpus();
        var store = Path.Combine(_directory, "obj", "Corpus.Store.bin");
        var manifest = Path.Combine(_directory, "obj", "Corpus.Store.manifest");
        string[] lines =
        [
            StoreRequest.Header, store, manifest, "", _directory, "", "", "",
            .. items.SelectMany(item => new[] { item.FullPath, " True ", "" }),
            Path.Combine(_directory, "notes.txt"), "false", "",
        ];
        var request = StoreRequest.Read(lines);
        var output = new StringWriter();

        Assert.True(StoreJob.Run(request, output), output.ToString());

        var expected = StoreBuilder.Write(StoreEntries.Read(items, new ArticleSettings(_directory), previous: null, CancellationToken.None));
        Assert.Equal(expected.Store, File.ReadAllBytes(store));
        Assert.Equal(expected.Manifest, File.ReadAllText(manifest));
        Assert.Contains($"12 of 12 article files", output.ToString(), StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(store);

        File.SetLastWriteTimeUtc(store, written.AddMinutes(-5));
        Assert.True(StoreJob.Run(request, output = new StringWriter()), output.ToString());
        Assert.Contains("unchanged, not written", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(store));
    }

    [Theory]
    [InlineData("CorpusStore/0 request|a|b||||")]
    [InlineData("CorpusStore/1 request|a|b|||")]
    [InlineData("CorpusStore/1 request|a|b|||||/x.txt|true")]
    public void A_request_that_is_not_exactly_one_this_version_writes_is_refused(string lines) =>
        Assert.Throws<FormatException>(() => StoreRequest.Read(lines.Split('|')));

    /// <summary>
    /// The store writer as the task starts it, a process of its own: the store and manifest written and a message for a
    /// good request, exit code 0; one error line in the task's protocol and exit code 2 for a request it cannot read.
    /// </summary>
    [Fact]
    public void The_store_writer_program_writes_the_store_and_reports_a_bad_request_in_the_task_s_protocol()
    {
        var items = Corpus();
        var store = Path.Combine(_directory, "obj", "Corpus.Store.bin");
        var request = Path.Combine(_directory, "obj", "Corpus.Store.request");
        Directory.CreateDirectory(Path.GetDirectoryName(request)!);
        File.WriteAllLines(request, [StoreRequest.Header, store, Path.Combine(_directory, "obj", "Corpus.Store.manifest"), "", _directory, "", "", "", .. items.SelectMany(item => new[] { item.FullPath, "true", "" })]);

        var (written, writtenOutput) = RunStoreWriter(request);
        var (refused, refusedOutput) = RunStoreWriter(Path.Combine(_directory, "missing.request"));

        Assert.True(written == 0, writtenOutput);
        Assert.True(File.Exists(store), writtenOutput);
        Assert.StartsWith(Greeting + "\nCorpus: 12 of 12 article files in a store of ", writtenOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, refused);
        Assert.StartsWith(Greeting + "\nerror\t\tCorpus: the store request ", refusedOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The task as MSBuild runs it, with a stand-in for a native store writer that cannot run on this machine: the
    /// portable store writer writes the store, a message says why, and nothing the stand-in printed is logged.
    /// </summary>
    /// <remarks>Whether it was started early in the build (<see cref="Corpus.Tasks.StartCorpusStore"/>) or by the task itself.</remarks>
    [Theory]
    [InlineData("", "version GLIBC_9.99 not found, required by Corpus.StoreWriter", 1, false)]
    [InlineData("", "version GLIBC_9.99 not found, required by Corpus.StoreWriter", 1, true)]
    [InlineData("error\t\tnot from the store writer", "", 1, false)]
    [InlineData(Greeting + "|error\t\tcut short", "", 134, false)]
    [InlineData(Greeting + "|error\t\tcut short", "", 134, true)]
    [InlineData(Greeting, "Segmentation fault", 139, false)]
    public void A_native_store_writer_that_ends_without_its_greeting_or_with_a_code_not_its_own_is_followed_by_the_portable_one(string output, string error, int exitCode, bool early)
    {
        var native = ScriptProgram.Write(Path.Combine(_directory, "native"), output.Split('|', StringSplitOptions.RemoveEmptyEntries), error.Length > 0 ? error : null, exitCode);
        var engine = new RecordingBuildEngine();
        var items = Corpus();
        if (early)
        {
            Assert.True(StoreTask<Corpus.Tasks.StartCorpusStore>(engine, items, native).Execute());
        }

        var task = StoreTask<Corpus.Tasks.WriteCorpusStore>(engine, items, native);

        Assert.True(task.Execute(), string.Join("\n", engine.Errors));
        Assert.Equal(early, engine.Messages.Any(message => message.Contains("waiting for the store writer started ahead", StringComparison.Ordinal)));

        Assert.Empty(engine.Errors);
        Assert.True(File.Exists(task.StoreFile) && File.Exists(task.ManifestFile), string.Join("\n", engine.Messages));
        var fallback = Assert.Single(engine.Messages, message => message.Contains("could not run here", StringComparison.Ordinal));
        Assert.Contains(native, fallback, StringComparison.Ordinal);
        Assert.Contains($"exit code {exitCode}", fallback, StringComparison.Ordinal);
        Assert.Contains(error, fallback, StringComparison.Ordinal);
        Assert.Contains(engine.Messages, message => message.StartsWith("Corpus: 12 of 12 article files in a store of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_native_store_writer_that_cannot_be_started_is_followed_by_the_portable_one()
    {
        // Not a program: no execute permission on Unix, no executable image on Windows.
        var native = Path.Combine(_directory, "native", "Corpus.StoreWriter");
        Directory.CreateDirectory(Path.GetDirectoryName(native)!);
        File.WriteAllText(native, "not a program\n");
        var engine = new RecordingBuildEngine();
        var task = StoreTask<Corpus.Tasks.WriteCorpusStore>(engine, Corpus(), native);

        Assert.True(task.Execute(), string.Join("\n", engine.Errors));

        Assert.Empty(engine.Errors);
        Assert.True(File.Exists(task.StoreFile), string.Join("\n", engine.Messages));
        Assert.Single(engine.Messages, message => message.Contains("could not run here", StringComparison.Ordinal) && message.Contains(native, StringComparison.Ordinal));
    }

    /// <summary>A native store writer that greeted and exited with a code of its own ran: its errors are the build's, and nothing runs after it.</summary>
    [Fact]
    public void A_native_store_writer_that_greets_and_reports_an_error_is_believed()
    {
        var native = ScriptProgram.Write(Path.Combine(_directory, "native"), [Greeting, "error\tCORPUS099\tthe store could not be written", "a message"], null, exitCode: 1);
        var engine = new RecordingBuildEngine();
        var task = StoreTask<Corpus.Tasks.WriteCorpusStore>(engine, Corpus(), native);

        Assert.False(task.Execute());

        Assert.Equal(["the store could not be written"], engine.Errors);
        Assert.Contains("a message", engine.Messages);
        Assert.DoesNotContain(engine.Messages, message => message.Contains("could not run here", StringComparison.Ordinal));
        Assert.False(File.Exists(task.StoreFile));
    }

    /// <summary>
    /// A store task over <paramref name="items"/> and one more additional file that is not an article, with
    /// <paramref name="native"/> as its native store writer (none when <see langword="null"/>) and the portable one from
    /// this build.
    /// </summary>
    private T StoreTask<T>(RecordingBuildEngine engine, IEnumerable<ArticleItem> items, string? native = null)
        where T : Corpus.Tasks.StoreTask, new() => new()
        {
            BuildEngine = engine,
            AdditionalFiles =
            [
                .. items.Select(item => new Microsoft.Build.Utilities.TaskItem(item.FullPath, new Dictionary<string, string> { ["CorpusArticle"] = "true" })),
                new Microsoft.Build.Utilities.TaskItem(Path.Combine(_directory, "notes.txt")),
            ],
            MSBuildProjectDirectory = _directory,
            StoreFile = Path.Combine(_directory, "obj", "Corpus.Store.bin"),
            ManifestFile = Path.Combine(_directory, "obj", "Corpus.Store.manifest"),
            RequestFile = Path.Combine(_directory, "obj", "Corpus.Store.request"),
            StoreWriterAssembly = Path.Combine(AppContext.BaseDirectory, "Corpus.StoreWriter.dll"),
            StoreWriterExecutable = native,
            DotNetHostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        };

    /// <summary>
    /// The store writer started early in the build is the one the task before the compiler waits for: it runs once, and
    /// its store is the build's.
    /// </summary>
    [Fact]
    public void A_store_writer_started_early_is_waited_for_rather_than_started_again()
    {
        var items = Corpus();
        var engine = StartedEarly(items);
        Assert.Contains(engine.Messages, message => message.StartsWith("Corpus: the store writer is started ahead of the compiler: ", StringComparison.Ordinal));

        var task = WrittenBeforeTheCompiler(engine, items);

        Assert.Contains(engine.Messages, message => message.Contains("waiting for the store writer started ahead", StringComparison.Ordinal));
        Assert.Single(engine.Messages, message => message.StartsWith("Corpus: 12 of 12 article files in a store of ", StringComparison.Ordinal));
        Assert.Equal(StoreOf(items), File.ReadAllBytes(task.StoreFile));
    }

    /// <summary>
    /// An article a target rewrites after the store writer started, which it may have read before, is read again: the
    /// task starts the writer once more, and the store holds the new text.
    /// </summary>
    [Fact]
    public void An_article_changed_after_the_store_writer_started_early_is_read_again()
    {
        var items = Corpus();
        var engine = StartedEarly(items);
        File.WriteAllText(items[5].FullPath, "Story 5, rewritten\nThe body of story number 5, rewritten by a target that ran after the store writer started.\n");

        var task = WrittenBeforeTheCompiler(engine, items);

        Assert.Contains(engine.Messages, message => message.Contains($"'{items[5].FullPath}' changed after the store writer was started", StringComparison.Ordinal));
        Assert.Equal(StoreOf(items), File.ReadAllBytes(task.StoreFile));
    }

    /// <summary>An article added to the additional files after the store writer started early is in the store all the same.</summary>
    [Fact]
    public void Additional_files_that_changed_after_the_store_writer_started_early_start_it_again()
    {
        var items = Corpus();
        var engine = StartedEarly(items);
        ArticleItem[] more = [.. items, Item("stories/late.txt", "A late story\nAn article a target added to the additional files.\n")];

        var task = WrittenBeforeTheCompiler(engine, more);

        Assert.Contains(engine.Messages, message => message.Contains("the additional files or settings changed after the store writer was started", StringComparison.Ordinal));
        Assert.Contains(engine.Messages, message => message.StartsWith("Corpus: 13 of 13 article files in a store of ", StringComparison.Ordinal));
        Assert.Equal(StoreOf(more), File.ReadAllBytes(task.StoreFile));
    }

    /// <summary>
    /// A build that ends before the compiler (an error in an earlier target) never takes the run it started early: MSBuild
    /// disposes of it, and that stops the writer. (A stand-in writer that would run for a minute; a shell script, so Unix only.)
    /// </summary>
    [Fact]
    public void A_store_writer_started_early_and_never_waited_for_is_stopped_when_the_build_ends()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var native = Path.Combine(_directory, "slow", "Corpus.StoreWriter");
        Directory.CreateDirectory(Path.GetDirectoryName(native)!);
        File.WriteAllText(native, "#!/bin/sh\nexec sleep 60\n");
        File.SetUnixFileMode(native, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var engine = new RecordingBuildEngine();
        Assert.True(StoreTask<Corpus.Tasks.StartCorpusStore>(engine, Corpus(), native).Execute(), string.Join("\n", engine.Errors));
        var run = Assert.Single(engine.Registered.OfType<Corpus.Tasks.EarlyStoreWrite>()).Run;
        var process = System.Diagnostics.Process.GetProcessById(run.ProcessId);

        engine.EndBuild();

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "The store writer still runs after the build ended.");
    }

    /// <summary>A build's engine once <see cref="Corpus.Tasks.StartCorpusStore"/> has run over <paramref name="items"/> with the portable writer.</summary>
    private RecordingBuildEngine StartedEarly(IReadOnlyList<ArticleItem> items)
    {
        var engine = new RecordingBuildEngine();
        Assert.True(StoreTask<Corpus.Tasks.StartCorpusStore>(engine, items).Execute(), string.Join("\n", engine.Errors));
        return engine;
    }

    /// <summary>The task before the compiler, run over <paramref name="items"/> in the build of <paramref name="engine"/>; it must succeed.</summary>
    private Corpus.Tasks.WriteCorpusStore WrittenBeforeTheCompiler(RecordingBuildEngine engine, IReadOnlyList<ArticleItem> items)
    {
        var task = StoreTask<Corpus.Tasks.WriteCorpusStore>(engine, items);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors));
        return task;
    }

    private byte[] StoreOf(IEnumerable<ArticleItem> items) =>
        StoreBuilder.Write(StoreEntries.Read([.. items], new ArticleSettings(_directory), previous: null, CancellationToken.None)).Store;

    private static (int ExitCode, string Output) RunStoreWriter(string request)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Corpus.StoreWriter.dll"), request })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "The store writer did not finish.");
        return (process.ExitCode, output);
    }

    /// <summary>The task and the store writer are built apart; the request is the one thing both must read alike.</summary>
    [Fact]
    public void The_request_the_task_writes_is_the_one_the_store_writer_reads()
    {
        var engine = new RecordingBuildEngine();
        var task = new Corpus.Tasks.WriteCorpusStore
        {
            BuildEngine = engine,
            AdditionalFiles =
            [
                new Microsoft.Build.Utilities.TaskItem(Path.Combine(_directory, "a.txt"), new Dictionary<string, string> { ["CorpusArticle"] = "true", ["Junk"] = "Keep" }),
                new Microsoft.Build.Utilities.TaskItem(Path.Combine(_directory, "notes.txt")),
            ],
            CorpusProjectDirectory = _directory,
            ProjectDir = "",
            MSBuildProjectDirectory = "/work/project",
            CorpusMaxArticleLength = "1000",
            CorpusJunk = "Remove",
            StoreFile = Path.Combine(_directory, "obj", "Corpus.Store.bin"),
            ManifestFile = Path.Combine(_directory, "obj", "Corpus.Store.manifest"),
            RequestFile = Path.Combine(_directory, "obj", "Corpus.Store.request"),
            StoreWriterAssembly = "Corpus.StoreWriter.dll",
        };

        Assert.Null(task.WriteRequest(task.Request(out _)!));
        var request = StoreRequest.Read(File.ReadAllLines(task.RequestFile));

        Assert.Equal(
            new StoreRequest(task.StoreFile, task.ManifestFile, _directory, "", "/work/project", "1000", "Remove", [(Path.Combine(_directory, "a.txt"), "true", "Keep"), (Path.Combine(_directory, "notes.txt"), "", "")]),
            request with { Files = [.. request.Files] },
            new StoreRequestComparer());
    }

    [Fact]
    public void A_line_break_in_what_the_task_hands_on_is_an_error_not_a_corrupt_request()
    {
        var engine = new RecordingBuildEngine();
        var task = new Corpus.Tasks.WriteCorpusStore
        {
            BuildEngine = engine,
            AdditionalFiles = [],
            CorpusJunk = "Keep\nRemove",
            StoreFile = Path.Combine(_directory, "obj", "Corpus.Store.bin"),
            ManifestFile = Path.Combine(_directory, "obj", "Corpus.Store.manifest"),
            RequestFile = Path.Combine(_directory, "obj", "Corpus.Store.request"),
            StoreWriterAssembly = "Corpus.StoreWriter.dll",
        };

        Assert.Null(task.Request(out var unwritable));
        Assert.Equal("Keep\nRemove", unwritable);
        Assert.False(task.Execute());
        Assert.Contains(engine.Errors, error => error.Contains("line break", StringComparison.Ordinal));
        Assert.False(File.Exists(task.RequestFile));
    }

    private sealed class StoreRequestComparer : IEqualityComparer<StoreRequest>
    {
        public bool Equals(StoreRequest? x, StoreRequest? y) =>
            x is not null && y is not null && x with { Files = [] } == y with { Files = [] } && x.Files.SequenceEqual(y.Files);

        public int GetHashCode(StoreRequest obj) => 0;
    }

    /// <summary>
    /// A build engine that records what is logged and keeps registered objects until <see cref="EndBuild"/>, as MSBuild
    /// keeps them until the build ends.
    /// </summary>
    private sealed class RecordingBuildEngine : Microsoft.Build.Framework.IBuildEngine4
    {
        private readonly Dictionary<object, object> _registered = [];

        public IEnumerable<object> Registered => _registered.Values;

        public bool IsRunningMultipleNodes => false;

        public object? GetRegisteredTaskObject(object key, Microsoft.Build.Framework.RegisteredTaskObjectLifetime lifetime) => _registered.GetValueOrDefault(key);

        public void RegisterTaskObject(object key, object obj, Microsoft.Build.Framework.RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => _registered[key] = obj;

        public object? UnregisterTaskObject(object key, Microsoft.Build.Framework.RegisteredTaskObjectLifetime lifetime) => _registered.Remove(key, out var obj) ? obj : null;

        /// <summary>Disposes of what is still registered, as MSBuild does when a build ends.</summary>
        public void EndBuild()
        {
            foreach (var obj in _registered.Values.OfType<IDisposable>())
            {
                obj.Dispose();
            }

            _registered.Clear();
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs, string toolsVersion) => false;

        public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, System.Collections.IDictionary[] globalProperties, System.Collections.IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => false;

        public Microsoft.Build.Framework.BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, System.Collections.IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => default;

        public void Yield()
        {
        }

        public void Reacquire()
        {
        }

        public List<string> Errors { get; } = [];

        public List<string> Messages { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;

        public void LogCustomEvent(Microsoft.Build.Framework.CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(Microsoft.Build.Framework.BuildErrorEventArgs e) => Errors.Add(e.Message ?? "");

        public void LogMessageEvent(Microsoft.Build.Framework.BuildMessageEventArgs e) => Messages.Add(e.Message ?? "");

        public void LogWarningEvent(Microsoft.Build.Framework.BuildWarningEventArgs e)
        {
        }
    }

    private ArticleItem[] Corpus() =>
        [.. Enumerable.Range(0, 12).Select(i => Item($"stories/{i:D2}.txt", $"Story {i}\nThe body of story number {i}.\n"))];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ArticleItem Item(string relativePath, string text, string junk = "")
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new ArticleItem(path, junk);
    }
}
