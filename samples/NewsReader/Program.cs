using Corpus;
using NewsReader;

// dotnet run --project samples/NewsReader            lists every article
// dotnet run --project samples/NewsReader -- <id>    shows one article in full, every field
if (args.Length == 0)
{
    ArticleViews.List(Articles.All);
    return 0;
}

if (Articles.TryGet(args[0], out var article))
{
    ArticleViews.Detail(article);
    return 0;
}

Console.Error.WriteLine($"No article has the id '{args[0]}'. Ids:");
foreach (var known in Articles.All)
{
    Console.Error.WriteLine("  " + known.Id);
}

return 1;
