using Corpus.Reading.Language;

namespace Corpus.Reader.Tests.Language;

public class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs => NewsParagraphs.Each();

    public static TheoryData<string> Languages => NewsParagraphs.Languages();

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_news_paragraph_is_detected_on_its_own(string expected, string paragraph)
    {
        Assert.Equal(expected, LanguageDetector.Detect(paragraph));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_article_of_several_paragraphs_is_detected(string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(NewsParagraphs.In(language)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Breaking news")]
    [InlineData("The vote was postponed")] // four words
    [InlineData("Голосование перенесли на завтра")] // four words
    [InlineData("Putin, Xi, Modi")]
    [InlineData("12 345 678 — 2024-01-05, 17:45, +3.5%, €1,200")]
    [InlineData("https://example.com/news/2024/05/story-123.html")]
    [InlineData("*** --- ### … 2011 – 2012 ***")]
    public void Too_little_text_gives_null(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }

    [Fact]
    public void No_paragraphs_give_null()
    {
        Assert.Null(LanguageDetector.Detect(Array.Empty<string>()));
    }

    [Theory]
    // Swedish: Latin letters, few words in common with the known languages.
    [InlineData("Regeringen presenterade på tisdagen ett nytt förslag om höjda bidrag till barnfamiljer. Enligt finansministern ska reformen kosta omkring tre miljarder kronor per år. Oppositionen kritiserar förslaget och menar att det inte räcker för att möta de stigande priserna.")]
    // Finnish: its ä and ö are German letters, its words are nobody's.
    [InlineData("Hallitus esitteli tiistaina uuden suunnitelman, jonka tavoitteena on vähentää työttömyyttä. Valtiovarainministerin mukaan uudistus tulee voimaan ensi vuoden alussa. Oppositio arvostelee suunnitelmaa ja sanoo, että se ei auta pienituloisia.")]
    // Turkish: dotless ı, ş and ğ belong to no known language.
    [InlineData("Merkez Bankası faiz oranlarını yüzde 50 seviyesinde sabit tuttu. Bankanın açıklamasına göre enflasyondaki düşüş eğilimi devam ediyor, ancak riskler hâlâ yüksek. Ekonomistler faiz indiriminin yaz aylarından önce beklenmemesi gerektiğini söylüyor.")]
    // Czech: shares Polish function words (na, z, do, to, i), but not Polish letters.
    [InlineData("Vláda ve středu schválila návrh státního rozpočtu na příští rok. Podle ministra financí by schodek měl klesnout pod dvě stě miliard korun. Opozice však tvrdí, že vláda šetří na nesprávných místech a že výdaje na zdravotnictví jsou příliš nízké.")]
    // Serbian Cyrillic: shares Russian words, but ј, љ, њ and ћ are its own.
    [InlineData("Влада Србије усвојила је данас предлог буџета за наредну годину. Према речима министра финансија, дефицит ће бити мањи него прошле године, а плате у јавном сектору биће повећане.")]
    // Danish: shares Dutch and German words (de, er, om, over), but æ, ø and å are its own.
    [InlineData("Regeringen fremlagde tirsdag et nyt forslag om højere børnecheck. Ifølge finansministeren vil reformen koste omkring tre milliarder kroner om året, og oppositionen mener ikke, at det er nok.")]
    // Romanian: ă, ș and ț.
    [InlineData("Guvernul a aprobat marți proiectul de buget pentru anul viitor, care va fi trimis Parlamentului. Ministrul finanțelor a declarat că deficitul va scădea sub trei procente din produsul intern brut.")]
    // Belarusian: Russian ы and Ukrainian і side by side, and its own ў.
    [InlineData("Урад Беларусі зацвердзіў новы праект бюджэту на наступны год. Па словах міністра фінансаў, выдаткі на ахову здароўя павялічацца на дзесяць працэнтаў.")]
    // Arabic script serves several languages.
    [InlineData("أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتشجيع الاستثمار في المشاريع الصغيرة والمتوسطة.")]
    public void A_language_the_detector_does_not_know_gives_null(string paragraph)
    {
        Assert.Null(LanguageDetector.Detect(paragraph));
    }

    [Theory]
    [InlineData("en", "President Vladimir Putin (Владимир Путин) told reporters in Moscow that the talks had been useful, but he gave no details about what was agreed with his guests.")]
    [InlineData("en", "The crowd chanted «Россия без Путина!» as police moved in, and several people were detained before the rally had even begun, according to witnesses at the scene.")]
    [InlineData("en", "Turkey’s president, Recep Tayyip Erdoğan, met the Czech prime minister, Andrej Babiš, and the Polish foreign minister in Łódź on Monday to discuss energy security and the war in Ukraine.")]
    [InlineData("ru", "Компания Apple представила новый iPhone 15 Pro, а Samsung ответила обновлённой линейкой Galaxy. Аналитики Morgan Stanley считают, что продажи смартфонов в этом году вырастут на пять процентов.")]
    [InlineData("uk", "Компанія Google відкрила в Києві новий офіс, де працюватимуть інженери проєкту Android. За словами керівника Google Ukraine, команда з часом зросте до двохсот осіб.")]
    [InlineData("de", "Der Minister sagte auf Englisch „We will not give up“, bevor er die Pressekonferenz verließ. Die Verhandlungen sollen in der kommenden Woche in Brüssel fortgesetzt werden.")]
    [InlineData("fr", "Le groupe américain Microsoft a annoncé jeudi la suppression de 10 000 postes dans le monde. Selon la direction, cette décision est liée au ralentissement de la demande après la pandémie.")]
    public void Mixed_text_goes_by_its_main_language(string expected, string paragraph)
    {
        Assert.Equal(expected, LanguageDetector.Detect(paragraph));
    }

    [Theory]
    [InlineData(
        "Президент подписал указ о мерах поддержки экономики. Документ вступает в силу с момента его официального опубликования.",
        "Президент підписав указ про заходи підтримки економіки. Документ набуває чинності з моменту його офіційного опублікування.")]
    [InlineData(
        "В городе открылась новая школа, в которой будут учиться почти тысяча детей. На церемонии выступил мэр города.",
        "У місті відкрилася нова школа, в якій навчатимуться майже тисяча дітей. На церемонії виступив мер міста.")]
    [InlineData(
        "Команда проиграла в финале турнира, но тренер доволен игрой своих футболистов и верит в успех в следующем сезоне.",
        "Команда програла у фіналі турніру, але тренер задоволений грою своїх футболістів і вірить в успіх у наступному сезоні.")]
    [InlineData(
        "Цены на хлеб и молоко выросли за месяц на три процента, сообщила служба статистики.",
        "Ціни на хліб і молоко зросли за місяць на три відсотки, повідомила служба статистики.")]
    public void Russian_and_Ukrainian_versions_of_one_text_are_told_apart(string russian, string ukrainian)
    {
        Assert.Equal("ru", LanguageDetector.Detect(russian));
        Assert.Equal("uk", LanguageDetector.Detect(ukrainian));
    }

    [Theory]
    [InlineData("el", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών απέναντι στην ακρίβεια.")]
    [InlineData("ja", "東京都は今日、新しい防災計画を発表しました。地震に備えて、住民に水と食料を準備するよう呼びかけています。")]
    [InlineData("zh", "国家统计局今天公布的数据显示，今年第三季度国内生产总值同比增长百分之四点九，高于市场预期。")]
    [InlineData("ko", "정부는 오늘 내년도 예산안을 발표했다. 복지 예산이 크게 늘어났다.")]
    [InlineData("he", "הממשלה אישרה היום את תקציב המדינה לשנה הבאה לאחר דיון ארוך בכנסת.")]
    public void A_script_that_only_one_language_uses_names_it(string expected, string paragraph)
    {
        Assert.Equal(expected, LanguageDetector.Detect(paragraph));
    }

    [Fact]
    public void Only_the_start_of_a_huge_text_is_read()
    {
        var german = string.Join(" ", NewsParagraphs.In("de"));
        var english = string.Join(" ", NewsParagraphs.In("en"));
        var repeats = (LanguageDetector.SampleLetters / german.Length) + 2;
        var paragraphs = Enumerable.Repeat(german, repeats).Concat(Enumerable.Repeat(english, repeats * 10));

        Assert.Equal("de", LanguageDetector.Detect(paragraphs));
    }

    [Fact]
    public void A_twenty_megabyte_paragraph_is_read_quickly()
    {
        var english = string.Join(" ", NewsParagraphs.In("en"));
        var huge = new System.Text.StringBuilder(20_000_000);
        while (huge.Length < 20_000_000)
        {
            huge.Append(english).Append(' ');
        }

        var text = huge.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var language = LanguageDetector.Detect(text);
        watch.Stop();

        Assert.Equal("en", language);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("000_adab332ab06b8a70.txt")]
    [InlineData("004_0576b9eab734e85a.txt")]
    public void The_sample_articles_are_english(string fileName)
    {
        Assert.Equal("en", Read.SampleArticle(fileName).Language);
    }

    [Fact]
    public void The_reader_sets_the_language_of_an_article()
    {
        var article = Read.Article("Wetter\n\n" + string.Join("\n\n", NewsParagraphs.In("de")));

        Assert.Equal("de", article.Language);
    }
}
