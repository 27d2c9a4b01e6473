namespace Corpus.Package.Tests;

/// <summary>What the real compiler made of the probe of bad files: the text it read, and the sources it generated.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class GeneratedSourceTests(PackedPackageFixture package)
{
    [Fact]
    public void A_windows_1252_file_reads_as_windows_1252_with_a_warning_at_the_file()
    {
        var build = package.Require(package.BadFilesBuild, "bad-files probe's build");
        var run = package.Require(package.BadFilesRun, "bad-files probe's run");
        var output = ProbeOutput.Parse(run);
        Assert.True(output is not null, $"The probe printed no corpus.\n{run}");

        var legacy = output.Find(BadFilesProbe.LegacyFile);
        Assert.True(legacy is not null, $"{BadFilesProbe.LegacyFile} is not in the corpus.\n{run}");
        Assert.True(legacy.Title == BadFilesProbe.LegacyTitle, $"Title: expected \"{BadFilesProbe.LegacyTitle}\", read \"{legacy.Title}\".\n{run}");
        Assert.True(legacy.Text == BadFilesProbe.LegacyText, $"Text: expected \"{BadFilesProbe.LegacyText}\", read \"{legacy.Text}\".\n{run}");

        var notUtf8 = build.Lines.Where(line => line.StartsWith(package.BadFiles!.FullPath(BadFilesProbe.LegacyFile) + "(", StringComparison.Ordinal) && line.Contains(": warning CORPUS005: ", StringComparison.Ordinal));
        Assert.True(notUtf8.Any(), $"No CORPUS005 at {package.BadFiles!.FullPath(BadFilesProbe.LegacyFile)}.\n{build}");
    }

    [Fact]
    public void Duplicate_titles_are_resolved_by_path_not_by_the_order_of_the_items()
    {
        var run = package.Require(package.BadFilesRun, "bad-files probe's run");
        var output = ProbeOutput.Parse(run);
        Assert.True(output is not null, $"The probe printed no corpus.\n{run}");

        var first = output.Find(BadFilesProbe.FirstSameTitleFile);
        var second = output.Find(BadFilesProbe.SecondSameTitleFile);
        Assert.True(first is not null && second is not null, $"An article with a shared title is missing.\n{run}");
        Assert.True(second.Id == first.Id + "-2", $"The second article by path should get the numbered id.\n{run}");
    }

    [Fact]
    public void Another_directory_and_another_item_order_generate_byte_identical_sources_and_store_free_of_either_path()
    {
        var first = package.Require(package.BadFilesBuild, "bad-files probe's build");
        var moved = package.Require(package.MovedBuild, "moved probe's build");
        var run = package.Require(package.BadFilesRun, "bad-files probe's run");
        Assert.True(first.Succeeded && moved.Succeeded, $"A build failed.\n{first}\n{moved}");
        var corpus = ProbeOutput.Parse(run);
        Assert.True(corpus is not null, $"The probe printed no corpus.\n{run}");

        var firstFiles = GeneratedFiles(package.BadFilesGenerated);
        var movedFiles = GeneratedFiles(package.MovedGenerated);

        // One source per hundred articles and one for the index: the comparison covers everything the generator wrote.
        var expected = ((corpus.Count + 99) / 100) + 1;
        Assert.True(
            firstFiles.Count == expected,
            $"Expected {expected} generated files, found {firstFiles.Count}:\n{string.Join('\n', firstFiles.Keys)}\n{first}");
        Assert.Equal(firstFiles.Keys, movedFiles.Keys);
        var different = firstFiles.Keys.Where(name => !firstFiles[name].AsSpan().SequenceEqual(movedFiles[name])).ToArray();
        Assert.True(different.Length == 0, $"Generated differently:\n{string.Join('\n', different)}");

        // The store the build embeds is the same bytes too.
        var firstStore = StoreFiles.Of(package.BadFiles!).Store;
        var movedStore = StoreFiles.Of(package.Moved!).Store;
        Assert.True(firstStore is not null && movedStore is not null, "A probe's build wrote no store.");
        Assert.True(firstStore.AsSpan().SequenceEqual(movedStore), "The embedded stores differ.");
        firstFiles["(embedded) Corpus.Store"] = firstStore;

        string[] directories = [package.BadFiles!.Directory, package.Moved!.Directory];
        var leaking = firstFiles.Concat(movedFiles)
            .Where(file => directories.Any(directory => System.Text.Encoding.UTF8.GetString(file.Value).Contains(directory, StringComparison.Ordinal)))
            .Select(file => file.Key)
            .ToArray();
        Assert.True(leaking.Length == 0, $"Generated files holding an absolute path:\n{string.Join('\n', leaking)}");
    }

    /// <summary>The generated sources under <paramref name="directory"/>, by path relative to it, in ordinal order.</summary>
    private static SortedDictionary<string, byte[]> GeneratedFiles(string directory)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(directory, path).Replace('\\', '/')] = File.ReadAllBytes(path);
            }
        }

        return files;
    }
}
