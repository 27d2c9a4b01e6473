namespace Corpus.Reader.Tests.Language;

/// <summary>
/// News-style paragraphs written for these tests, several per language on different beats (politics, sport,
/// economy, weather, science), so that no topic's vocabulary decides a result.
/// </summary>
internal static class NewsParagraphs
{
    public static readonly (string Language, string Text)[] All =
    [
        ("en", "The government announced on Tuesday that it would delay the vote on the new housing bill until after the summer recess. Opposition leaders said the decision showed that ministers had lost control of their own party. A spokesman for the prime minister insisted that the delay was needed to give members more time to study the proposals, which have been criticised by several charities."),
        ("en", "Manchester City moved three points clear at the top of the table after a late goal from their captain secured a 2-1 win at Villa Park. The visitors had trailed for most of the second half, but the manager’s decision to bring on two forwards changed the game. “We never stopped believing,” he told reporters after the match."),
        ("en", "Inflation fell to 3.2 per cent in March, its lowest level for more than two years, as food and energy prices continued to ease. Economists had expected a smaller fall. The figures will put pressure on the central bank to cut interest rates at its next meeting, although officials have warned that wage growth remains too strong."),
        ("en", "Heavy rain is expected to spread across much of the north on Friday, with forecasters warning of flooding in low-lying areas. Up to 80mm could fall on higher ground by the weekend. Drivers have been advised to check their routes before setting out, and several schools have already said they will close early."),
        ("en", "Astronomers have found water vapour in the atmosphere of a planet orbiting a small star about 120 light years from Earth. The discovery, published in the journal Nature, was made using data from a space telescope. The researchers said it was too early to say whether the planet could support life."),

        ("de", "Die Bundesregierung hat am Mittwoch einen neuen Entwurf für das Heizungsgesetz vorgelegt. Nach wochenlangem Streit in der Koalition einigten sich die Partner auf längere Übergangsfristen für Hausbesitzer. Die Opposition kritisierte, dass viele Fragen weiterhin offen seien, und kündigte an, im Bundestag gegen das Gesetz zu stimmen."),
        ("de", "Der FC Bayern München hat das Spitzenspiel gegen Borussia Dortmund mit 3:1 gewonnen und seinen Vorsprung in der Tabelle auf fünf Punkte ausgebaut. Vor 75.000 Zuschauern brachte der Kapitän die Gastgeber schon in der zehnten Minute in Führung. Nach der Pause kamen die Dortmunder noch einmal heran, doch am Ende fehlte ihnen die Kraft."),
        ("de", "Die deutsche Wirtschaft ist im dritten Quartal leicht geschrumpft. Wie das Statistische Bundesamt mitteilte, sank das Bruttoinlandsprodukt um 0,1 Prozent im Vergleich zum Vorquartal. Vor allem die Industrie leidet unter den hohen Energiepreisen und der schwachen Nachfrage aus dem Ausland. Ökonomen rechnen auch für das kommende Jahr nur mit einem geringen Wachstum."),
        ("de", "Der Deutsche Wetterdienst warnt vor starkem Schneefall in den Alpen und im Bayerischen Wald. Bis Samstagmorgen können dort bis zu 40 Zentimeter Neuschnee fallen. Auf den Straßen muss mit Glätte gerechnet werden, und die Polizei bittet Autofahrer, nur bei dringendem Bedarf unterwegs zu sein."),

        ("fr", "Le président de la République a reçu mardi les chefs des partis politiques à l’Élysée pour tenter de sortir de la crise. Selon plusieurs participants, la réunion a duré près de quatre heures et n’a débouché sur aucun accord. L’opposition réclame toujours la dissolution de l’Assemblée nationale, tandis que le gouvernement affirme qu’il ira jusqu’au bout de ses réformes."),
        ("fr", "Le Paris Saint-Germain s’est qualifié pour les quarts de finale de la Ligue des champions après sa victoire 2-0 contre le Bayern Munich. Les deux buts ont été marqués en seconde période, dans un stade plein à craquer. « Nous avons montré que nous pouvions battre les meilleures équipes d’Europe », a déclaré l’entraîneur à l’issue de la rencontre."),
        ("fr", "Le taux de chômage a légèrement baissé au troisième trimestre pour s’établir à 7,2 % de la population active, selon les chiffres publiés jeudi par l’Insee. Cette amélioration s’explique surtout par la création d’emplois dans les services. Les économistes restent toutefois prudents, car la croissance devrait ralentir l’an prochain."),
        ("fr", "Météo-France a placé douze départements en vigilance orange en raison des orages qui doivent frapper le sud-ouest du pays dans la nuit de samedi à dimanche. Des rafales de vent pouvant atteindre 100 km/h sont attendues, ainsi que de fortes chutes de grêle. Les autorités recommandent aux habitants de limiter leurs déplacements."),

        ("es", "El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de presupuestos para el próximo año, que ahora deberá pasar por el Congreso. La ministra de Hacienda defendió que las cuentas permitirán aumentar el gasto social sin subir los impuestos a las clases medias. Sin embargo, los partidos de la oposición ya han anunciado que presentarán enmiendas."),
        ("es", "El Real Madrid se impuso por 3-1 al Atlético en un derbi muy disputado y sigue líder de la Liga. Los blancos se adelantaron con un gol de cabeza en el minuto 12, pero los rojiblancos empataron antes del descanso. En la segunda parte, dos goles en apenas cinco minutos decidieron el partido ante más de 80.000 espectadores."),
        ("es", "El paro registrado bajó en 45.000 personas durante el mes de abril, según los datos publicados hoy por el Ministerio de Trabajo. Es el mejor dato para este mes desde que existen registros. El sector servicios, impulsado por la Semana Santa y el turismo, concentró la mayor parte de los nuevos empleos, mientras que la industria perdió afiliados."),
        ("es", "¿Qué tiempo hará este fin de semana? La Agencia Estatal de Meteorología prevé temperaturas de hasta 42 grados en el valle del Guadalquivir, donde se ha activado el aviso rojo. Los expertos recuerdan que hay que beber mucha agua y evitar la exposición al sol en las horas centrales del día, sobre todo en el caso de niños y mayores."),

        ("it", "Il Consiglio dei ministri ha approvato ieri sera il decreto sulle pensioni, dopo una lunga discussione tra i partiti della maggioranza. Secondo il governo, le nuove regole permetteranno a migliaia di lavoratori di lasciare il lavoro prima del previsto. I sindacati hanno però criticato il provvedimento e non escludono uno sciopero generale nelle prossime settimane."),
        ("it", "La Juventus ha battuto il Napoli per 2-0 allo Stadium e si è portata a un solo punto dalla vetta della classifica. Dopo un primo tempo equilibrato, i bianconeri sono passati in vantaggio al 55' con un colpo di testa su calcio d’angolo. Il raddoppio è arrivato nel finale, quando gli ospiti erano ormai sbilanciati in attacco."),
        ("it", "L’inflazione in Italia è scesa al 5,3% a settembre, secondo le stime preliminari dell’Istat. A pesare sono stati soprattutto i prezzi dell’energia, che continuano a calare rispetto ai massimi dello scorso anno. Le famiglie però devono ancora fare i conti con il carrello della spesa, che resta più caro di quasi il 10% su base annua."),
        ("it", "Un’ondata di maltempo ha colpito il Nord Italia nella notte, con forti piogge e grandinate in Lombardia e in Veneto. A Milano sono caduti più di 60 millimetri di pioggia in poche ore e alcuni sottopassi sono stati chiusi al traffico. La Protezione civile ha diramato l’allerta arancione anche per la giornata di domani."),

        ("pt", "O presidente da República vetou nesta quarta-feira o projeto de lei aprovado pelo Parlamento no mês passado. Em comunicado, o chefe de Estado afirmou que o texto não garante a proteção dos direitos dos trabalhadores e pediu aos deputados que voltem a discutir a proposta. Os partidos da oposição criticaram a decisão, mas o governo disse que vai respeitar o veto."),
        ("pt", "O Benfica venceu o Porto por 2 a 1 no Estádio da Luz e assumiu a liderança do campeonato. Os encarnados marcaram logo aos dez minutos, mas os visitantes empataram ainda na primeira parte. O golo da vitória surgiu já nos descontos, para alegria dos mais de 60 mil adeptos que encheram as bancadas."),
        ("pt", "A economia brasileira cresceu 0,9% no segundo trimestre em relação aos três meses anteriores, segundo dados divulgados pelo IBGE. O resultado ficou acima das expectativas do mercado e foi puxado pela agricultura e pelo consumo das famílias. Mesmo assim, os analistas alertam que os juros altos devem travar o crescimento nos próximos meses."),
        ("pt", "Investigadores da Universidade de Coimbra descobriram uma nova espécie de sapo na floresta amazónica. O animal, que mede apenas dois centímetros, foi encontrado durante uma expedição de três semanas. Segundo os cientistas, a descoberta mostra que ainda há muito por conhecer na região, que está cada vez mais ameaçada pela desflorestação."),

        ("nl", "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om het tekort aan woningen aan te pakken. Volgens de minister moeten er de komende tien jaar bijna een miljoen huizen worden gebouwd. De oppositie noemt het plan te vaag en vindt dat er te weinig geld wordt vrijgemaakt voor sociale huurwoningen."),
        ("nl", "Ajax heeft zondag met 3-0 gewonnen van Feyenoord en staat daardoor weer bovenaan in de Eredivisie. De Amsterdammers waren vanaf het begin de betere ploeg en kwamen al na een kwartier op voorsprong. Na rust liep het verschil snel op, tot grote vreugde van de supporters in een uitverkocht stadion."),
        ("nl", "De inflatie in Nederland is in oktober gedaald tot 2,8 procent, meldt het Centraal Bureau voor de Statistiek. Dat komt vooral doordat de energieprijzen lager waren dan een jaar eerder. Toch merken veel huishoudens nog weinig van de daling, omdat de prijzen van boodschappen nog altijd hoger liggen dan vorig jaar."),
        ("nl", "Het KNMI heeft code oranje afgegeven voor een groot deel van het land vanwege zware windstoten. Op sommige plaatsen kunnen die een snelheid van meer dan 100 kilometer per uur bereiken. De NS waarschuwt dat er minder treinen rijden en raadt reizigers aan om hun reis zo veel mogelijk uit te stellen."),

        ("pl", "Sejm przyjął w piątek ustawę o podwyżkach dla nauczycieli, która teraz trafi do Senatu. Za projektem głosowało 250 posłów, przeciw było 180, a kilkunastu wstrzymało się od głosu. Minister edukacji podkreślił, że to największy wzrost wynagrodzeń w tym zawodzie od wielu lat, ale związkowcy twierdzą, że pieniądze wciąż są niewystarczające."),
        ("pl", "Reprezentacja Polski pokonała Austrię 2:1 w meczu eliminacji mistrzostw Europy rozegranym na Stadionie Narodowym w Warszawie. Pierwszą bramkę zdobył w 20. minucie kapitan drużyny, który wykorzystał rzut karny. Goście wyrównali tuż przed przerwą, ale w drugiej połowie gospodarze znów wyszli na prowadzenie i utrzymali wynik do końca."),
        ("pl", "Inflacja w Polsce spadła w marcu do 2 procent w ujęciu rocznym, podał Główny Urząd Statystyczny. To najniższy poziom od kilku lat. Ekonomiści zwracają jednak uwagę, że w drugiej połowie roku ceny mogą znów wzrosnąć, między innymi z powodu wyższych cen energii. Rada Polityki Pieniężnej na razie nie zmienia stóp procentowych."),
        ("pl", "Instytut Meteorologii i Gospodarki Wodnej wydał ostrzeżenia przed silnymi burzami dla większości województw. Synoptycy przewidują, że w czwartek po południu może spaść nawet 40 litrów deszczu na metr kwadratowy, a wiatr w porywach osiągnie 90 km/h. Strażacy apelują, by nie parkować samochodów pod drzewami."),

        ("ru", "Государственная дума приняла в первом чтении законопроект о повышении налогов для крупных компаний. За документ проголосовали 320 депутатов, против выступили представители двух фракций. По словам министра финансов, дополнительные доходы бюджета будут направлены на строительство дорог и поддержку семей с детьми."),
        ("ru", "«Зенит» обыграл московский «Спартак» со счётом 2:0 и укрепил лидерство в чемпионате России. Оба мяча были забиты во втором тайме, после того как хозяева усилили давление на ворота соперника. Главный тренер петербургской команды после матча отметил, что его футболисты показали характер и хорошую физическую форму."),
        ("ru", "Курс рубля снизился на открытии торгов на Московской бирже. Аналитики объясняют это падением цен на нефть и ростом спроса на валюту со стороны импортёров. Центральный банк пока не комментирует ситуацию, однако эксперты не исключают, что на ближайшем заседании ключевая ставка будет повышена."),
        ("ru", "Синоптики обещают москвичам снегопад и сильный ветер в выходные. По данным Гидрометцентра, в субботу ночью температура опустится до минус пятнадцати градусов, а днём будет около минус восьми. Водителям советуют без необходимости не садиться за руль и заранее пересесть на общественный транспорт."),

        ("uk", "Верховна Рада ухвалила в першому читанні законопроєкт про підвищення податків для великих компаній. За документ проголосували 260 народних депутатів, ще кілька фракцій утрималися. За словами міністра фінансів, додаткові надходження до бюджету спрямують на відновлення доріг і підтримку родин з дітьми."),
        ("uk", "«Шахтар» переміг київське «Динамо» з рахунком 2:1 і очолив турнірну таблицю чемпіонату України. Господарі відкрили рахунок уже на п’ятій хвилині, але гості зрівняли ще до перерви. Переможний гол був забитий наприкінці другого тайму, коли суперники вже не мали сил відповісти."),
        ("uk", "Національний банк України залишив облікову ставку без змін на рівні 15 відсотків. У регуляторі пояснюють, що інфляція сповільнюється швидше, ніж очікувалося, але ризики для економіки все ще високі. Економісти вважають, що зниження ставки можливе вже наступного кварталу, якщо ситуація на валютному ринку залишиться стабільною."),
        ("uk", "Синоптики прогнозують у вихідні сильні снігопади та хуртовини на заході країни. За даними Укргідрометцентру, вночі температура знизиться до мінус п’ятнадцяти градусів, а вдень буде близько мінус восьми. Водіям радять без потреби не сідати за кермо та користуватися громадським транспортом."),

        ("bg", "Народното събрание прие на първо четене промените в Закона за данъците върху доходите. Според финансовия министър мерките ще донесат допълнително около един милиард лева в бюджета. Опозицията обаче заяви, че новите правила ще ударят малкия и средния бизнес."),
        ("bg", "Синоптиците очакват обилни снеговалежи в Западна България през уикенда. Температурите ще паднат до минус десет градуса, а по проходите в планините може да има затруднения за движението на автомобилите."),
    ];

    public static TheoryData<string, string> Each()
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, text) in All)
        {
            data.Add(language, text);
        }

        return data;
    }

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var language in All.Select(p => p.Language).Distinct())
        {
            data.Add(language);
        }

        return data;
    }

    public static IEnumerable<string> In(string language) => All.Where(p => p.Language == language).Select(p => p.Text);
}
