using System.Collections.Generic;

namespace Corpus.Reading.Junk;

/// <summary>How much a spam phrase says on its own.</summary>
internal enum SpamStrength
{
    /// <summary>A word spam is full of but news uses too (loan, casino, online, cheap): evidence only in company.</summary>
    Weak,

    /// <summary>A collocation that is the trade of spam, rarely of reporting (payday loans, buy viagra, займ на карту).</summary>
    Strong,
}

/// <summary>
/// The vocabulary of injected spam, by family: quick loans, gambling, pills, replica goods, essay mills, crypto and
/// get-rich schemes, dating and adult offers, fake documents and SEO link selling. Written in English and Russian,
/// where most link spam is, and in the other languages the detector knows (Ukrainian, German, French, Spanish,
/// Italian, Portuguese, Polish, Dutch). Strong entries are the selling collocations — "payday loans", "casino bonus",
/// "без отказа", "sans ordonnance" — because the single words (loan, casino, кредит) are everyday news words; single
/// words are weak and count only beside other signs. Prefix entries (<c>займ*</c>) cover inflection.
/// </summary>
internal static class SpamLexicon
{
    private static readonly string[] StrongPhrases =
    [
        // en: loans and money
        "payday loan*", "cash advance*", "quick loan*", "fast loan*", "instant loan*", "loan* online", "online loan*",
        "bad credit loan*", "no credit check", "instant approval", "guaranteed approval", "title loan*",
        "make money online", "earn money online", "make money fast", "work from home", "get rich quick",
        "double your bitcoin*", "double your money", "guaranteed profit*", "guaranteed return*", "binary option*",
        "forex signal*", "crypto signal*", "trading bot*", "crypto giveaway*", "free bitcoin*", "investment plan*",
        // en: gambling
        "online casino*", "casino online", "casino bonus*", "no deposit bonus*", "free spin*", "real money slot*",
        "slot machine* online", "online slot*", "online betting", "betting tip*", "online poker", "poker online",
        // en: pills
        "viagra", "cialis", "levitra", "kamagra", "tadalafil", "sildenafil", "buy viagra", "generic viagra",
        "without prescription", "without a prescription", "no prescription", "online pharmacy", "pharmacy online",
        "buy tramadol", "buy xanax", "weight loss pill*", "diet pill*", "male enhancement", "penis enlargement",
        // en: goods, essays, dating, SEO
        "replica watch*", "replica handbag*", "replica bag*", "fake rolex", "cheap jersey*", "cheap nfl", "cheap ugg*",
        "louis vuitton outlet", "michael kors outlet", "essay writing", "write my essay", "buy essay*", "custom essay*",
        "essay writing service*", "paper writing service*", "term paper*", "do my homework", "buy followers",
        "buy instagram followers", "hot singles", "sex dating", "adult dating", "meet singles", "escort service*",
        "buy backlink*", "seo service*", "cheap seo", "click here to buy", "order now",
        // ru / uk: займы, кредиты, казино, таблетки, документы, заработок
        "срочный займ*", "срочные займ*", "займ* на карту", "займ* онлайн", "онлайн займ*", "микрозайм*", "микрокредит*",
        "займ* без", "без отказа", "без проверки", "без отказов", "кредит* онлайн", "онлайн кредит*", "деньги в долг",
        "деньги на карту", "кредит* без", "онлайн казино", "казино онлайн", "игровые автоматы", "игровые автомат*",
        "бонус за регистрацию", "ставки на спорт", "букмекерск* контор*", "купить диплом*", "купить аттестат*",
        "купить права", "купить справк*", "виагр*", "сиалис*", "без рецепта", "для похудения", "заработок в интернете",
        "заработок в сети", "заработок без вложений", "работа на дому", "пассивный доход", "проститутк*", "индивидуалк*",
        "интим услуг*", "секс знакомств*", "порно", "прогон сайта", "купить ссылки", "раскрутка сайта", "продвижение сайта",
        "позика онлайн", "кредит онлайн", "швидкий кредит", "без довідок",
        // de
        "kredit ohne schufa", "sofortkredit*", "schnellkredit*", "online kredit*", "online casino*", "casino bonus",
        "ohne rezept", "viagra kaufen", "cialis kaufen", "potenzmittel*", "geld verdienen im internet", "schnell geld verdienen",
        // fr
        "casino en ligne", "prêt rapide", "crédit rapide", "prêt sans justificatif", "sans ordonnance", "acheter viagra",
        "acheter cialis", "gagner de l argent", "argent facile", "rencontre sexe",
        // es / pt / it
        "casino online", "casino en línea", "préstamo* rápido*", "préstamo* online", "préstamo* sin", "crédito* rápido*",
        "sin receta", "comprar viagra", "ganar dinero", "dinero rápido", "cassino online", "empréstimo* online",
        "sem receita", "comprar viagra", "ganhar dinheiro", "prestiti online", "senza ricetta", "comprare viagra",
        "guadagnare soldi", "kasyno online", "chwilówk*", "pożyczk* online", "pożyczk* bez", "bez recepty",
        "online lening*", "zonder recept",
    ];

    private static readonly string[] WeakWords =
    [
        "loan*", "lender*", "credit", "casino*", "bonus*", "jackpot*", "slot*", "poker", "betting", "bet", "cheap*",
        "discount*", "buy", "order", "online", "free", "offer", "deal*", "sale", "outlet", "replica*", "pill*", "pharmacy",
        "viagra", "prescription", "bitcoin*", "crypto*", "forex", "profit*", "earn", "cash", "money", "essay*",
        "dating", "singles", "sexy", "porn*", "click", "visit", "website", "shop", "store", "delivery", "fast", "quick*",
        "instant", "guaranteed", "best", "price*", "approval", "apply",
        "займ*", "кредит*", "казино", "ставк*", "бонус*", "онлайн", "купить", "дешево", "дёшево", "недорого", "скидк*",
        "бесплатно", "заказать", "доставк*", "заработ*", "деньги", "карту", "срочно", "срочный", "быстрый", "выгодно",
        "сайт*", "позик*", "швидк*",
        "kredit*", "kaufen", "günstig*", "billig*", "gratis", "rabatt*", "crédit", "prêt*", "acheter", "pas cher",
        "gratuit*", "préstamo*", "comprar", "barato*", "gratis", "descuento*", "empréstimo*", "prestito", "prestiti",
        "pożyczk*", "kredyt*", "tanio", "lening*",
    ];

    public static PhraseLexicon<SpamStrength> Instance { get; } = new(Entries());

    private static IEnumerable<(string, SpamStrength)> Entries()
    {
        foreach (var phrase in StrongPhrases)
        {
            yield return (phrase, SpamStrength.Strong);
        }

        foreach (var word in WeakWords)
        {
            yield return (word, SpamStrength.Weak);
        }
    }
}
