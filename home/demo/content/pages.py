"""The home page's words, the section index pages and the four footer-type pages.

Home, About and the accessibility statement are also in French, German and Spanish. Bodies
are lists of blocks: ("h2", T) for a heading, ("p", T) for a paragraph.
"""

from dataclasses import dataclass

from . import T


@dataclass(frozen=True)
class Standard:
    slug: str
    title: T
    intro: T
    body: tuple
    show_in_footer: bool = False
    show_in_menus: bool = False


# The intro that home.setup writes into the English home page, and its translations.
HOME_INTRO = T(
    "The European Union's World Cities programme twins cities in the EU with cities in Australia, South Korea, South Africa, Indonesia and Vietnam, so that they exchange good practice on sustainable urban development.",
    fr="Le programme World Cities de l'Union européenne jumelle des villes de l'UE avec des villes d'Australie, de Corée du Sud, d'Afrique du Sud, d'Indonésie et du Viêt Nam afin qu'elles échangent leurs bonnes pratiques en matière de développement urbain durable.",
    de="Das Programm World Cities der Europäischen Union verbindet Städte in der EU mit Städten in Australien, Südkorea, Südafrika, Indonesien und Vietnam, damit sie bewährte Verfahren für eine nachhaltige Stadtentwicklung austauschen.",
    es="El programa World Cities de la Unión Europea hermana ciudades de la UE con ciudades de Australia, Corea del Sur, Sudáfrica, Indonesia y Vietnam para que intercambien buenas prácticas de desarrollo urbano sostenible.",
    ko="유럽연합의 World Cities 프로그램은 EU의 도시를 호주, 한국, 남아프리카 공화국, 인도네시아, 베트남의 도시와 짝지어 지속 가능한 도시 발전의 우수 사례를 서로 나누도록 돕습니다.",
    vi="Chương trình World Cities của Liên minh châu Âu kết nghĩa các thành phố trong EU với các thành phố ở Úc, Hàn Quốc, Nam Phi, Indonesia và Việt Nam để cùng chia sẻ thực tiễn tốt về phát triển đô thị bền vững.",
    id="Program World Cities dari Uni Eropa memasangkan kota-kota di UE dengan kota-kota di Australia, Korea Selatan, Afrika Selatan, Indonesia, dan Vietnam agar mereka bertukar praktik baik tentang pembangunan perkotaan berkelanjutan.",
)
HOME_TITLE = T(
    "World Cities",
    fr="World Cities",
    de="World Cities",
    es="World Cities",
    ko="World Cities",
    vi="World Cities",
    id="World Cities",
)
HOME_HERO_ALT = T(
    "Abstract drawing of city skylines in the programme's colours",
    fr="Dessin abstrait de silhouettes de villes aux couleurs du programme",
    de="Abstrakte Zeichnung von Stadtsilhouetten in den Farben des Programms",
    es="Dibujo abstracto de siluetas de ciudades con los colores del programa",
    ko="프로그램 색상으로 그린 도시 스카이라인의 추상화",
    vi="Hình vẽ trừu tượng đường chân trời các thành phố theo màu sắc của chương trình",
    id="Gambar abstrak siluet kota dalam warna-warna program",
)
HOME_BODY = T(
    "This portal shows demonstration content about the programme's 2017–2018 cycle: sixteen pairs of cities, their meetings and what they learned.",
    fr="Ce portail présente un contenu de démonstration sur le cycle 2017-2018 du programme : seize paires de villes, leurs rencontres et ce qu'elles ont appris.",
    de="Dieses Portal zeigt Demonstrationsinhalte zum Zyklus 2017–2018 des Programms: sechzehn Städtepaare, ihre Treffen und was sie voneinander gelernt haben.",
    es="Este portal muestra contenido de demostración sobre el ciclo 2017-2018 del programa: dieciséis parejas de ciudades, sus encuentros y lo que aprendieron.",
    ko="이 포털은 프로그램의 2017~2018년 주기에 관한 시연용 콘텐츠를 보여 줍니다. 16개 도시 쌍과 그들의 만남, 그리고 그들이 배운 것을 소개합니다.",
    vi="Cổng thông tin này giới thiệu nội dung minh họa về chu kỳ 2017–2018 của chương trình: mười sáu cặp thành phố, các cuộc gặp gỡ của họ và những gì họ đã học được.",
    id="Portal ini menampilkan konten demonstrasi tentang siklus 2017–2018 program: enam belas pasangan kota, pertemuan mereka, dan apa yang mereka pelajari.",
)

# Section index pages: slug -> (title, intro)
INDEXES = {
    "cities": (
        T("Cities", ko="도시", vi="Thành phố", id="Kota"),
        T(
            "The thirty-two members of the 2017–2018 cycle: sixteen EU cities and sixteen partner cities.",
            ko="2017~2018년 주기에 참여한 32개 회원: EU 도시 16곳과 파트너 도시 16곳.",
            vi="Ba mươi hai thành viên của chu kỳ 2017–2018: mười sáu thành phố EU và mười sáu thành phố đối tác.",
            id="Tiga puluh dua anggota siklus 2017–2018: enam belas kota UE dan enam belas kota mitra.",
        ),
    ),
    "pairs": (
        T("Pairs", ko="도시 쌍", vi="Các cặp thành phố", id="Pasangan kota"),
        T(
            "Each pair joins one EU city and one partner city around shared themes.",
            ko="각 도시 쌍은 EU 도시 하나와 파트너 도시 하나가 공통 주제를 중심으로 맺어집니다.",
            vi="Mỗi cặp gồm một thành phố EU và một thành phố đối tác, gắn kết quanh các chủ đề chung.",
            id="Setiap pasangan menghubungkan satu kota UE dan satu kota mitra di seputar tema bersama.",
        ),
    ),
    "good-practices": (
        T("Good practices", ko="우수 사례", vi="Thực tiễn tốt", id="Praktik baik"),
        T(
            "Case studies and pilot actions from the pairs, with what others can learn from them.",
            ko="도시 쌍들의 사례와 시범 사업, 그리고 다른 도시가 배울 수 있는 점.",
            vi="Các nghiên cứu điển hình và hoạt động thí điểm của các cặp thành phố, cùng những bài học cho nơi khác.",
            id="Studi kasus dan aksi percontohan dari pasangan kota, beserta pelajaran yang dapat dipetik pihak lain.",
        ),
    ),
    "events": (
        T("Events", ko="행사", vi="Sự kiện", id="Acara"),
        T(
            "Working meetings, field visits, follow-up and closing meetings of the programme, and events to come.",
            ko="프로그램의 실무 회의, 현장 방문, 후속 회의와 종료 회의, 그리고 예정된 행사.",
            vi="Các cuộc họp làm việc, chuyến thăm thực địa, cuộc họp tiếp nối và hội nghị tổng kết của chương trình, cùng các sự kiện sắp tới.",
            id="Rapat kerja, kunjungan lapangan, pertemuan lanjutan, dan pertemuan penutupan program, serta acara mendatang.",
        ),
    ),
    "news": (
        T("News", ko="소식", vi="Tin tức", id="Berita"),
        T(
            "News from the programme and its cities.",
            ko="프로그램과 참여 도시의 소식.",
            vi="Tin tức từ chương trình và các thành phố tham gia.",
            id="Berita dari program dan kota-kotanya.",
        ),
    ),
}

# The partner-matching page of the cities app (cities.FindPartnerPage), where it exists.
FIND_PARTNER = (
    T(
        "Find a partner city",
        ko="파트너 도시 찾기",
        vi="Tìm thành phố đối tác",
        id="Cari kota mitra",
    ),
    T(
        "Find cities of the other region whose themes and goals are close to your city's.",
        ko="귀하의 도시와 주제와 목표가 가까운 다른 지역의 도시를 찾아보십시오.",
        vi="Tìm những thành phố ở khu vực còn lại có chủ đề và mục tiêu gần với thành phố của bạn.",
        id="Temukan kota-kota dari kawasan lain yang tema dan tujuannya dekat dengan kota Anda.",
    ),
)

ABOUT_TITLE = T(
    "About the programme",
    fr="À propos du programme",
    de="Über das Programm",
    es="Acerca del programa",
    ko="프로그램 소개",
    vi="Giới thiệu chương trình",
    id="Tentang program",
)

ABOUT = Standard(
    "about",
    ABOUT_TITLE,
    T(
        "What the World Cities programme is, how this portal works, and where its content comes from.",
        fr="Ce qu'est le programme World Cities, comment fonctionne ce portail et d'où vient son contenu.",
        de="Was das Programm World Cities ist, wie dieses Portal funktioniert und woher seine Inhalte stammen.",
        es="Qué es el programa World Cities, cómo funciona este portal y de dónde procede su contenido.",
        ko="World Cities 프로그램이 무엇인지, 이 포털이 어떻게 운영되는지, 콘텐츠가 어디에서 왔는지 설명합니다.",
        vi="Chương trình World Cities là gì, cổng thông tin này hoạt động ra sao và nội dung của nó đến từ đâu.",
        id="Apa itu program World Cities, bagaimana portal ini bekerja, dan dari mana kontennya berasal.",
    ),
    (
        (
            "h2",
            T(
                "The programme",
                fr="Le programme",
                de="Das Programm",
                es="El programa",
                ko="프로그램",
                vi="Chương trình",
                id="Program",
            ),
        ),
        (
            "p",
            T(
                "World Cities is a programme of the European Union that pairs cities in the EU with cities in Australia, South Korea, South Africa, Indonesia and Vietnam. The paired cities exchange experience on sustainable urban development and involve partners from government, research and business.",
                fr="World Cities est un programme de l'Union européenne qui associe des villes de l'UE à des villes d'Australie, de Corée du Sud, d'Afrique du Sud, d'Indonésie et du Viêt Nam. Les villes jumelées échangent leur expérience du développement urbain durable et associent des partenaires des pouvoirs publics, de la recherche et des entreprises.",
                de="World Cities ist ein Programm der Europäischen Union, das Städte in der EU mit Städten in Australien, Südkorea, Südafrika, Indonesien und Vietnam zusammenbringt. Die Partnerstädte tauschen Erfahrungen zur nachhaltigen Stadtentwicklung aus und beziehen Partner aus Verwaltung, Forschung und Wirtschaft ein.",
                es="World Cities es un programa de la Unión Europea que empareja ciudades de la UE con ciudades de Australia, Corea del Sur, Sudáfrica, Indonesia y Vietnam. Las ciudades emparejadas intercambian experiencias sobre desarrollo urbano sostenible e implican a socios de la administración, la investigación y la empresa.",
                ko="World Cities는 EU의 도시와 호주, 한국, 남아프리카 공화국, 인도네시아, 베트남의 도시를 짝지어 주는 유럽연합의 프로그램입니다. 짝을 이룬 도시들은 지속 가능한 도시 발전에 관한 경험을 나누며, 정부·연구·기업 분야의 파트너가 함께 참여합니다.",
                vi="World Cities là chương trình của Liên minh châu Âu nhằm ghép cặp các thành phố trong EU với các thành phố ở Úc, Hàn Quốc, Nam Phi, Indonesia và Việt Nam. Các thành phố kết nghĩa chia sẻ kinh nghiệm về phát triển đô thị bền vững, với sự tham gia của các đối tác từ chính quyền, giới nghiên cứu và doanh nghiệp.",
                id="World Cities adalah program Uni Eropa yang memasangkan kota-kota di UE dengan kota-kota di Australia, Korea Selatan, Afrika Selatan, Indonesia, dan Vietnam. Kota-kota yang berpasangan bertukar pengalaman tentang pembangunan perkotaan berkelanjutan dan melibatkan mitra dari pemerintah, dunia riset, dan dunia usaha.",
            ),
        ),
        (
            "p",
            T(
                "In its 2017–2018 cycle, sixteen pairs worked together for about a year: working meetings with field visits in the partner countries, follow-up meetings in the EU cities and closing meetings in the partner countries.",
                fr="Au cours de son cycle 2017-2018, seize paires de villes ont travaillé ensemble pendant environ un an : réunions de travail et visites de terrain dans les pays partenaires, réunions de suivi dans les villes de l'UE et réunions de clôture dans les pays partenaires.",
                de="Im Zyklus 2017–2018 arbeiteten sechzehn Städtepaare rund ein Jahr lang zusammen: Arbeitstreffen mit Ortsbesichtigungen in den Partnerländern, Folgetreffen in den EU-Städten und Abschlusstreffen in den Partnerländern.",
                es="En su ciclo 2017-2018, dieciséis parejas de ciudades trabajaron juntas durante cerca de un año: reuniones de trabajo con visitas de campo en los países socios, reuniones de seguimiento en las ciudades de la UE y reuniones de clausura en los países socios.",
                ko="2017~2018년 주기에는 16개 도시 쌍이 약 1년 동안 함께 일했습니다. 파트너 국가에서의 실무 회의와 현장 방문, EU 도시에서의 후속 회의, 파트너 국가에서의 종료 회의로 진행되었습니다.",
                vi="Trong chu kỳ 2017–2018, mười sáu cặp thành phố đã hợp tác trong khoảng một năm: các cuộc họp làm việc và thăm thực địa tại các nước đối tác, các cuộc họp tiếp nối tại các thành phố EU và các hội nghị tổng kết tại các nước đối tác.",
                id="Pada siklus 2017–2018, enam belas pasangan kota bekerja sama selama sekitar satu tahun: rapat kerja dengan kunjungan lapangan di negara mitra, pertemuan lanjutan di kota-kota UE, dan pertemuan penutupan di negara mitra.",
            ),
        ),
        (
            "h2",
            T(
                "Demonstration content",
                fr="Contenu de démonstration",
                de="Demonstrationsinhalte",
                es="Contenido de demostración",
                ko="시연용 콘텐츠",
                vi="Nội dung minh họa",
                id="Konten demonstrasi",
            ),
        ),
        (
            "p",
            T(
                "The content of this portal is demonstration content. It was written for the portal from public facts about the 2017–2018 cycle: the cities, the pairs, their countries and the programme's schedule are real; the descriptions, case studies, news, exact event dates and agendas are illustrative and are not an official record of the programme. Images are abstract drawings generated by the portal itself.",
                fr="Le contenu de ce portail est un contenu de démonstration. Il a été rédigé pour le portail à partir de faits publics sur le cycle 2017-2018 : les villes, les paires, leurs pays et le calendrier du programme sont réels ; les descriptions, les études de cas, les actualités, les dates exactes et les programmes des événements sont illustratifs et ne constituent pas un compte rendu officiel du programme. Les images sont des dessins abstraits générés par le portail lui-même.",
                de="Die Inhalte dieses Portals sind Demonstrationsinhalte. Sie wurden für das Portal auf der Grundlage öffentlich bekannter Fakten zum Zyklus 2017–2018 verfasst: Die Städte, die Paare, ihre Länder und der Zeitplan des Programms sind real; Beschreibungen, Fallstudien, Nachrichten, genaue Veranstaltungsdaten und Tagesordnungen dienen der Veranschaulichung und sind keine offizielle Dokumentation des Programms. Die Bilder sind abstrakte Zeichnungen, die das Portal selbst erzeugt.",
                es="El contenido de este portal es contenido de demostración. Se redactó para el portal a partir de datos públicos sobre el ciclo 2017-2018: las ciudades, las parejas, sus países y el calendario del programa son reales; las descripciones, los estudios de caso, las noticias, las fechas exactas y los programas de los eventos son ilustrativos y no constituyen un registro oficial del programa. Las imágenes son dibujos abstractos generados por el propio portal.",
                ko="이 포털의 콘텐츠는 시연용입니다. 2017~2018년 주기에 관한 공개된 사실을 바탕으로 포털을 위해 작성했습니다. 도시, 도시 쌍, 국가, 프로그램 일정은 실제이며, 설명, 사례, 소식, 행사의 정확한 날짜와 일정은 예시일 뿐 프로그램의 공식 기록이 아닙니다. 이미지는 포털이 직접 생성한 추상적인 그림입니다.",
                vi="Nội dung của cổng thông tin này là nội dung minh họa. Nội dung được viết riêng cho cổng thông tin dựa trên các thông tin công khai về chu kỳ 2017–2018: các thành phố, các cặp thành phố, quốc gia của họ và lịch trình của chương trình là có thật; phần mô tả, nghiên cứu điển hình, tin tức, ngày giờ chính xác và chương trình của các sự kiện chỉ mang tính minh họa, không phải hồ sơ chính thức của chương trình. Hình ảnh là các hình vẽ trừu tượng do chính cổng thông tin tạo ra.",
                id="Konten portal ini adalah konten demonstrasi. Konten ini ditulis untuk portal berdasarkan fakta publik tentang siklus 2017–2018: kota-kota, pasangan kota, negaranya, dan jadwal program adalah nyata; deskripsi, studi kasus, berita, tanggal pasti, dan agenda acara bersifat ilustratif dan bukan catatan resmi program. Gambar-gambar adalah gambar abstrak yang dibuat oleh portal itu sendiri.",
            ),
        ),
        (
            "h2",
            T(
                "Languages",
                fr="Langues",
                de="Sprachen",
                es="Idiomas",
                ko="언어",
                vi="Ngôn ngữ",
                id="Bahasa",
            ),
        ),
        (
            "p",
            T(
                "The portal is published in the 24 official languages of the EU and in Korean, Vietnamese and Indonesian. The demonstration pages are translated into Korean, Vietnamese and Indonesian; this page is also available in French, German and Spanish. Other languages show the English text, marked as such, until a translator translates it.",
                fr="Le portail est publié dans les 24 langues officielles de l'UE ainsi qu'en coréen, en vietnamien et en indonésien. Les pages de démonstration sont traduites en coréen, en vietnamien et en indonésien ; cette page existe aussi en français, en allemand et en espagnol. Les autres langues affichent le texte anglais, signalé comme tel, jusqu'à ce qu'un traducteur le traduise.",
                de="Das Portal erscheint in den 24 Amtssprachen der EU sowie auf Koreanisch, Vietnamesisch und Indonesisch. Die Demonstrationsseiten sind ins Koreanische, Vietnamesische und Indonesische übersetzt; diese Seite gibt es auch auf Französisch, Deutsch und Spanisch. Die übrigen Sprachen zeigen den englischen Text, als solcher gekennzeichnet, bis ihn jemand übersetzt.",
                es="El portal se publica en las 24 lenguas oficiales de la UE y en coreano, vietnamita e indonesio. Las páginas de demostración están traducidas al coreano, al vietnamita y al indonesio; esta página también está disponible en francés, alemán y español. Los demás idiomas muestran el texto en inglés, indicado como tal, hasta que un traductor lo traduzca.",
                ko="포털은 EU의 24개 공식 언어와 한국어, 베트남어, 인도네시아어로 제공됩니다. 시연용 페이지는 한국어, 베트남어, 인도네시아어로 번역되어 있으며, 이 페이지는 프랑스어, 독일어, 스페인어로도 볼 수 있습니다. 그 밖의 언어에서는 번역자가 번역할 때까지 영어 원문이 영어임을 표시한 채로 나타납니다.",
                vi="Cổng thông tin được xuất bản bằng 24 ngôn ngữ chính thức của EU cùng tiếng Hàn, tiếng Việt và tiếng Indonesia. Các trang minh họa đã được dịch sang tiếng Hàn, tiếng Việt và tiếng Indonesia; trang này còn có bản tiếng Pháp, tiếng Đức và tiếng Tây Ban Nha. Các ngôn ngữ khác hiển thị văn bản tiếng Anh, có ghi chú rõ, cho đến khi được dịch.",
                id="Portal ini diterbitkan dalam 24 bahasa resmi UE serta bahasa Korea, Vietnam, dan Indonesia. Halaman demonstrasi diterjemahkan ke dalam bahasa Korea, Vietnam, dan Indonesia; halaman ini juga tersedia dalam bahasa Prancis, Jerman, dan Spanyol. Bahasa lain menampilkan teks bahasa Inggris, dengan keterangan demikian, sampai seorang penerjemah menerjemahkannya.",
            ),
        ),
    ),
    show_in_menus=True,
)

ACCESSIBILITY = Standard(
    "accessibility-statement",
    T(
        "Accessibility statement",
        fr="Déclaration sur l'accessibilité",
        de="Erklärung zur Barrierefreiheit",
        es="Declaración de accesibilidad",
        ko="접근성 선언문",
        vi="Tuyên bố về khả năng tiếp cận",
        id="Pernyataan aksesibilitas",
    ),
    T(
        "How accessible this portal is, what is not yet accessible, and how to tell us about a problem.",
        fr="Le niveau d'accessibilité de ce portail, ce qui n'est pas encore accessible et comment nous signaler un problème.",
        de="Wie barrierefrei dieses Portal ist, was noch nicht barrierefrei ist und wie Sie uns ein Problem melden können.",
        es="Qué grado de accesibilidad tiene este portal, qué no es accesible todavía y cómo comunicarnos un problema.",
        ko="이 포털의 접근성 수준, 아직 접근할 수 없는 콘텐츠, 문제를 알리는 방법을 안내합니다.",
        vi="Mức độ tiếp cận của cổng thông tin này, những nội dung chưa tiếp cận được và cách báo cho chúng tôi về sự cố.",
        id="Seberapa aksesibel portal ini, apa yang belum aksesibel, dan cara memberi tahu kami tentang masalah.",
    ),
    (
        (
            "p",
            T(
                "The World Cities programme is committed to making this portal accessible, in accordance with Directive (EU) 2016/2102 on the accessibility of the websites and mobile applications of public sector bodies. This statement applies to this portal.",
                fr="Le programme World Cities s'engage à rendre ce portail accessible, conformément à la directive (UE) 2016/2102 relative à l'accessibilité des sites internet et des applications mobiles des organismes du secteur public. La présente déclaration s'applique à ce portail.",
                de="Das Programm World Cities ist bemüht, dieses Portal im Einklang mit der Richtlinie (EU) 2016/2102 über den barrierefreien Zugang zu den Websites und mobilen Anwendungen öffentlicher Stellen barrierefrei zugänglich zu machen. Diese Erklärung gilt für dieses Portal.",
                es="El programa World Cities se compromete a hacer accesible este portal de conformidad con la Directiva (UE) 2016/2102 sobre la accesibilidad de los sitios web y aplicaciones para dispositivos móviles de los organismos del sector público. La presente declaración se aplica a este portal.",
                ko="World Cities 프로그램은 공공기관 웹사이트 및 모바일 애플리케이션의 접근성에 관한 지침 (EU) 2016/2102에 따라 이 포털을 누구나 이용할 수 있도록 노력하고 있습니다. 이 선언문은 이 포털에 적용됩니다.",
                vi="Chương trình World Cities cam kết bảo đảm khả năng tiếp cận của cổng thông tin này, phù hợp với Chỉ thị (EU) 2016/2102 về khả năng tiếp cận của các trang web và ứng dụng di động của cơ quan khu vực công. Tuyên bố này áp dụng cho cổng thông tin này.",
                id="Program World Cities berkomitmen membuat portal ini aksesibel sesuai dengan Direktif (UE) 2016/2102 tentang aksesibilitas situs web dan aplikasi seluler badan sektor publik. Pernyataan ini berlaku untuk portal ini.",
            ),
        ),
        (
            "h2",
            T(
                "Compliance status",
                fr="État de conformité",
                de="Stand der Vereinbarkeit mit den Anforderungen",
                es="Situación de cumplimiento",
                ko="준수 현황",
                vi="Tình trạng tuân thủ",
                id="Status kepatuhan",
            ),
        ),
        (
            "p",
            T(
                "This portal is partially compliant with the harmonised standard EN 301 549 and with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA, because of the exceptions and non-compliances listed below.",
                fr="Ce portail est partiellement conforme à la norme harmonisée EN 301 549 et aux règles pour l'accessibilité des contenus Web (WCAG) 2.1, niveau AA, en raison des exceptions et des non-conformités énumérées ci-dessous.",
                de="Dieses Portal ist wegen der unten aufgeführten Ausnahmen und Unvereinbarkeiten teilweise mit der harmonisierten Norm EN 301 549 und den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA, vereinbar.",
                es="Este portal es parcialmente conforme con la norma armonizada EN 301 549 y con las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, nivel AA, debido a las excepciones y los incumplimientos que se indican a continuación.",
                ko="이 포털은 아래에 열거한 예외 사항과 미준수 사항으로 인해 통일 표준 EN 301 549 및 웹 콘텐츠 접근성 지침(WCAG) 2.1 AA 수준을 부분적으로 준수합니다.",
                vi="Cổng thông tin này tuân thủ một phần tiêu chuẩn hài hòa EN 301 549 và Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.1, mức AA, do các ngoại lệ và điểm chưa tuân thủ được liệt kê dưới đây.",
                id="Portal ini sebagian mematuhi standar harmonisasi EN 301 549 dan Pedoman Aksesibilitas Konten Web (WCAG) 2.1 tingkat AA, karena pengecualian dan ketidakpatuhan yang tercantum di bawah ini.",
            ),
        ),
        (
            "h2",
            T(
                "Non-accessible content",
                fr="Contenus non accessibles",
                de="Nicht barrierefreie Inhalte",
                es="Contenido no accesible",
                ko="접근할 수 없는 콘텐츠",
                vi="Nội dung chưa tiếp cận được",
                id="Konten yang tidak aksesibel",
            ),
        ),
        (
            "p",
            T(
                "Pages not yet translated into your language show the English text; the text is marked as English so that screen readers pronounce it correctly.",
                fr="Les pages qui ne sont pas encore traduites dans votre langue affichent le texte anglais ; ce texte est signalé comme anglais afin que les lecteurs d'écran le prononcent correctement.",
                de="Seiten, die noch nicht in Ihre Sprache übersetzt sind, zeigen den englischen Text; er ist als Englisch ausgezeichnet, damit Bildschirmleseprogramme ihn richtig aussprechen.",
                es="Las páginas que aún no están traducidas a su idioma muestran el texto en inglés; el texto está marcado como inglés para que los lectores de pantalla lo pronuncien correctamente.",
                ko="아직 귀하의 언어로 번역되지 않은 페이지에는 영어 원문이 표시됩니다. 화면 낭독기가 올바르게 읽을 수 있도록 해당 텍스트는 영어로 표시되어 있습니다.",
                vi="Các trang chưa được dịch sang ngôn ngữ của bạn sẽ hiển thị văn bản tiếng Anh; văn bản này được đánh dấu là tiếng Anh để trình đọc màn hình phát âm chính xác.",
                id="Halaman yang belum diterjemahkan ke dalam bahasa Anda menampilkan teks bahasa Inggris; teks tersebut ditandai sebagai bahasa Inggris agar pembaca layar melafalkannya dengan benar.",
            ),
        ),
        (
            "p",
            T(
                "Some documents published before this portal, such as meeting reports in PDF, may not be fully accessible. Under the Directive, office documents published before 23 September 2018 are exempt, but we will provide an accessible version on request.",
                fr="Certains documents publiés avant ce portail, comme des comptes rendus de réunion au format PDF, peuvent ne pas être entièrement accessibles. En vertu de la directive, les documents bureautiques publiés avant le 23 septembre 2018 sont exemptés, mais nous en fournirons une version accessible sur demande.",
                de="Einige Dokumente, die vor diesem Portal veröffentlicht wurden, etwa Sitzungsberichte im PDF-Format, sind möglicherweise nicht vollständig barrierefrei. Nach der Richtlinie sind Büro-Dateiformate, die vor dem 23. September 2018 veröffentlicht wurden, ausgenommen; auf Anfrage stellen wir jedoch eine barrierefreie Fassung bereit.",
                es="Algunos documentos publicados antes de este portal, como informes de reuniones en PDF, pueden no ser plenamente accesibles. Según la Directiva, los documentos ofimáticos publicados antes del 23 de septiembre de 2018 están exentos, pero facilitaremos una versión accesible si se solicita.",
                ko="회의 보고서 PDF처럼 이 포털 이전에 발행된 일부 문서는 완전히 접근 가능하지 않을 수 있습니다. 지침에 따라 2018년 9월 23일 이전에 발행된 사무용 문서는 예외이지만, 요청하시면 접근 가능한 버전을 제공해 드립니다.",
                vi="Một số tài liệu được phát hành trước khi có cổng thông tin này, chẳng hạn báo cáo cuộc họp dạng PDF, có thể chưa hoàn toàn tiếp cận được. Theo Chỉ thị, các tài liệu văn phòng phát hành trước ngày 23 tháng 9 năm 2018 được miễn trừ, nhưng chúng tôi sẽ cung cấp phiên bản dễ tiếp cận khi có yêu cầu.",
                id="Beberapa dokumen yang diterbitkan sebelum portal ini, seperti laporan rapat dalam format PDF, mungkin tidak sepenuhnya aksesibel. Menurut Direktif, dokumen perkantoran yang diterbitkan sebelum 23 September 2018 dikecualikan, tetapi kami akan menyediakan versi yang aksesibel atas permintaan.",
            ),
        ),
        (
            "p",
            T(
                "Images are abstract drawings with text alternatives, and the information on the cities map is also given as a list.",
                fr="Les images sont des dessins abstraits accompagnés d'alternatives textuelles, et les informations de la carte des villes sont aussi présentées sous forme de liste.",
                de="Bilder sind abstrakte Zeichnungen mit Textalternativen, und die Informationen der Städtekarte stehen auch als Liste zur Verfügung.",
                es="Las imágenes son dibujos abstractos con alternativas textuales, y la información del mapa de ciudades también se ofrece en forma de lista.",
                ko="이미지는 대체 텍스트가 있는 추상적인 그림이며, 도시 지도의 정보는 목록으로도 제공됩니다.",
                vi="Hình ảnh là các hình vẽ trừu tượng có văn bản thay thế, và thông tin trên bản đồ các thành phố cũng được cung cấp dưới dạng danh sách.",
                id="Gambar berupa gambar abstrak dengan teks alternatif, dan informasi pada peta kota juga tersedia dalam bentuk daftar.",
            ),
        ),
        (
            "h2",
            T(
                "Preparation of this statement",
                fr="Établissement de la présente déclaration",
                de="Erstellung dieser Erklärung",
                es="Preparación de la presente declaración",
                ko="선언문 작성",
                vi="Việc lập tuyên bố này",
                id="Penyusunan pernyataan ini",
            ),
        ),
        (
            "p",
            T(
                "This statement was prepared on the basis of a self-assessment by the portal team, supported by automated accessibility tests (axe-core) that run with the portal's test suite. As demonstration content, it will be reviewed before the portal goes live.",
                fr="La présente déclaration a été établie sur la base d'une auto-évaluation de l'équipe du portail, appuyée par des tests d'accessibilité automatisés (axe-core) exécutés avec la suite de tests du portail. S'agissant d'un contenu de démonstration, elle sera revue avant la mise en ligne du portail.",
                de="Diese Erklärung beruht auf einer Selbstbewertung des Portalteams, unterstützt durch automatisierte Barrierefreiheitstests (axe-core), die mit der Testsuite des Portals laufen. Als Demonstrationsinhalt wird sie überprüft, bevor das Portal in Betrieb geht.",
                es="La presente declaración se preparó a partir de una autoevaluación del equipo del portal, respaldada por pruebas automáticas de accesibilidad (axe-core) que se ejecutan con el conjunto de pruebas del portal. Al tratarse de contenido de demostración, se revisará antes de que el portal entre en funcionamiento.",
                ko="이 선언문은 포털 팀의 자체 평가를 바탕으로 작성되었으며, 포털 테스트와 함께 실행되는 자동 접근성 검사(axe-core)의 도움을 받았습니다. 시연용 콘텐츠이므로 포털을 정식으로 공개하기 전에 다시 검토합니다.",
                vi="Tuyên bố này được lập trên cơ sở tự đánh giá của nhóm phụ trách cổng thông tin, với sự hỗ trợ của các bài kiểm tra khả năng tiếp cận tự động (axe-core) chạy cùng bộ kiểm thử của cổng thông tin. Vì là nội dung minh họa, tuyên bố sẽ được xem xét lại trước khi cổng thông tin chính thức hoạt động.",
                id="Pernyataan ini disusun berdasarkan penilaian mandiri oleh tim portal, didukung oleh uji aksesibilitas otomatis (axe-core) yang dijalankan bersama rangkaian pengujian portal. Sebagai konten demonstrasi, pernyataan ini akan ditinjau sebelum portal resmi beroperasi.",
            ),
        ),
        (
            "h2",
            T(
                "Feedback and contact information",
                fr="Retour d'information et coordonnées",
                de="Feedback und Kontaktangaben",
                es="Observaciones y datos de contacto",
                ko="의견 제출 및 연락처",
                vi="Phản hồi và thông tin liên hệ",
                id="Umpan balik dan informasi kontak",
            ),
        ),
        (
            "p",
            T(
                "If you find content you cannot use, or want information in another format, write to us through the contact form of this portal. Tell us the address of the page and what the problem is. We will answer within two weeks.",
                fr="Si vous trouvez un contenu que vous ne pouvez pas utiliser ou si vous souhaitez une information dans un autre format, écrivez-nous au moyen du formulaire de contact de ce portail. Indiquez-nous l'adresse de la page et la nature du problème. Nous vous répondrons dans un délai de deux semaines.",
                de="Wenn Sie auf Inhalte stoßen, die Sie nicht nutzen können, oder Informationen in einem anderen Format wünschen, schreiben Sie uns über das Kontaktformular dieses Portals. Nennen Sie uns die Adresse der Seite und das Problem. Wir antworten innerhalb von zwei Wochen.",
                es="Si encuentra contenido que no puede utilizar o desea información en otro formato, escríbanos mediante el formulario de contacto de este portal. Indíquenos la dirección de la página y cuál es el problema. Le responderemos en un plazo de dos semanas.",
                ko="이용할 수 없는 콘텐츠를 발견하셨거나 다른 형식의 정보가 필요하시면 이 포털의 문의 양식으로 알려 주십시오. 페이지 주소와 문제 내용을 적어 주시면 2주 이내에 답변드리겠습니다.",
                vi="Nếu bạn gặp nội dung không thể sử dụng hoặc cần thông tin ở định dạng khác, vui lòng viết cho chúng tôi qua biểu mẫu liên hệ của cổng thông tin này. Hãy cho chúng tôi biết địa chỉ trang và vấn đề gặp phải. Chúng tôi sẽ trả lời trong vòng hai tuần.",
                id="Jika Anda menemukan konten yang tidak dapat Anda gunakan, atau menginginkan informasi dalam format lain, tulislah kepada kami melalui formulir kontak portal ini. Sebutkan alamat halaman dan masalahnya. Kami akan menjawab dalam dua minggu.",
            ),
        ),
        (
            "h2",
            T(
                "Enforcement procedure",
                fr="Procédure de mise en œuvre",
                de="Durchsetzungsverfahren",
                es="Procedimiento de aplicación",
                ko="이행 절차",
                vi="Thủ tục thực thi",
                id="Prosedur penegakan",
            ),
        ),
        (
            "p",
            T(
                "If you are not satisfied with our answer, you can turn to the body responsible for the enforcement procedure in your country. As this is demonstration content, the name and address of that body will be added when the portal is operated by a real organisation.",
                fr="Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l'organisme chargé de la procédure de mise en œuvre dans votre pays. S'agissant d'un contenu de démonstration, le nom et l'adresse de cet organisme seront ajoutés lorsque le portail sera exploité par une véritable organisation.",
                de="Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die in Ihrem Land für das Durchsetzungsverfahren zuständige Stelle wenden. Da es sich um Demonstrationsinhalte handelt, werden Name und Anschrift dieser Stelle ergänzt, sobald eine echte Organisation das Portal betreibt.",
                es="Si no está satisfecho con nuestra respuesta, puede dirigirse al organismo responsable del procedimiento de aplicación en su país. Al tratarse de contenido de demostración, el nombre y la dirección de ese organismo se añadirán cuando una organización real gestione el portal.",
                ko="답변에 만족하지 못하시면 귀하의 국가에서 이행 절차를 담당하는 기관에 문의하실 수 있습니다. 시연용 콘텐츠이므로 해당 기관의 이름과 주소는 실제 기관이 포털을 운영할 때 추가됩니다.",
                vi="Nếu chưa hài lòng với câu trả lời của chúng tôi, bạn có thể liên hệ cơ quan chịu trách nhiệm về thủ tục thực thi tại quốc gia của mình. Vì đây là nội dung minh họa, tên và địa chỉ của cơ quan đó sẽ được bổ sung khi cổng thông tin được một tổ chức thực sự vận hành.",
                id="Jika Anda tidak puas dengan jawaban kami, Anda dapat menghubungi badan yang bertanggung jawab atas prosedur penegakan di negara Anda. Karena ini konten demonstrasi, nama dan alamat badan tersebut akan ditambahkan ketika portal dioperasikan oleh organisasi sungguhan.",
            ),
        ),
    ),
    show_in_footer=True,
)

PRIVACY = Standard(
    "privacy-notice",
    T(
        "Privacy notice",
        ko="개인정보 처리방침",
        vi="Thông báo về quyền riêng tư",
        id="Pemberitahuan privasi",
    ),
    T(
        "What personal data this portal collects, why, and what your rights are.",
        ko="이 포털이 어떤 개인정보를 왜 수집하는지, 그리고 귀하의 권리는 무엇인지 안내합니다.",
        vi="Cổng thông tin này thu thập dữ liệu cá nhân nào, vì sao, và bạn có những quyền gì.",
        id="Data pribadi apa yang dikumpulkan portal ini, untuk apa, dan apa saja hak Anda.",
    ),
    (
        (
            "h2",
            T(
                "What we collect",
                ko="수집하는 정보",
                vi="Chúng tôi thu thập gì",
                id="Apa yang kami kumpulkan",
            ),
        ),
        (
            "p",
            T(
                "Reading the portal requires no personal data: it sets no tracking cookies and loads nothing from other websites. When you send a form, such as the contact form or an expression of interest, we store what you wrote, including your name and e-mail address.",
                ko="포털을 읽는 데에는 개인정보가 필요하지 않습니다. 추적 쿠키를 사용하지 않으며 다른 웹사이트에서 아무것도 불러오지 않습니다. 문의 양식이나 참여 의향서 같은 양식을 보내시면, 이름과 이메일 주소를 포함해 작성하신 내용을 저장합니다.",
                vi="Việc đọc cổng thông tin không cần đến dữ liệu cá nhân: cổng không đặt cookie theo dõi và không tải nội dung nào từ các trang web khác. Khi bạn gửi một biểu mẫu, như biểu mẫu liên hệ hoặc thư bày tỏ quan tâm, chúng tôi lưu những gì bạn đã viết, bao gồm tên và địa chỉ email của bạn.",
                id="Membaca portal ini tidak memerlukan data pribadi: portal tidak memasang kuki pelacak dan tidak memuat apa pun dari situs web lain. Saat Anda mengirim formulir, seperti formulir kontak atau pernyataan minat, kami menyimpan apa yang Anda tulis, termasuk nama dan alamat email Anda.",
            ),
        ),
        (
            "h2",
            T(
                "Why and for how long",
                ko="수집 목적과 보관 기간",
                vi="Mục đích và thời hạn lưu trữ",
                id="Untuk apa dan berapa lama",
            ),
        ),
        (
            "p",
            T(
                "We use this data only to answer you and to prepare the selection of cities for the programme, on the basis of your consent. Submissions are deleted automatically after 24 months.",
                ko="이 정보는 귀하의 동의에 따라 답변을 드리고 프로그램의 도시 선정을 준비하는 데에만 사용합니다. 제출된 내용은 24개월이 지나면 자동으로 삭제됩니다.",
                vi="Chúng tôi chỉ sử dụng dữ liệu này để trả lời bạn và chuẩn bị việc lựa chọn thành phố cho chương trình, trên cơ sở sự đồng ý của bạn. Các nội dung gửi đến sẽ tự động bị xóa sau 24 tháng.",
                id="Kami menggunakan data ini hanya untuk menjawab Anda dan menyiapkan seleksi kota untuk program, berdasarkan persetujuan Anda. Kiriman dihapus secara otomatis setelah 24 bulan.",
            ),
        ),
        ("h2", T("Your rights", ko="귀하의 권리", vi="Quyền của bạn", id="Hak Anda")),
        (
            "p",
            T(
                "You may ask to see, correct or delete your data at any time through the contact form, and you may lodge a complaint with a data protection authority. As this is demonstration content, the name of the data controller will be added when a real organisation operates the portal.",
                ko="귀하는 언제든지 문의 양식을 통해 자신의 정보를 열람, 정정 또는 삭제해 달라고 요청할 수 있으며, 개인정보 보호 감독 기관에 민원을 제기할 수 있습니다. 시연용 콘텐츠이므로 개인정보 처리 책임자의 이름은 실제 기관이 포털을 운영할 때 추가됩니다.",
                vi="Bạn có thể yêu cầu xem, sửa hoặc xóa dữ liệu của mình bất cứ lúc nào qua biểu mẫu liên hệ, và có thể khiếu nại với cơ quan bảo vệ dữ liệu. Vì đây là nội dung minh họa, tên của bên kiểm soát dữ liệu sẽ được bổ sung khi một tổ chức thực sự vận hành cổng thông tin.",
                id="Anda dapat meminta untuk melihat, memperbaiki, atau menghapus data Anda kapan saja melalui formulir kontak, dan Anda dapat mengajukan pengaduan kepada otoritas perlindungan data. Karena ini konten demonstrasi, nama pengendali data akan ditambahkan ketika organisasi sungguhan mengoperasikan portal.",
            ),
        ),
    ),
    show_in_footer=True,
)

LEGAL = Standard(
    "legal-notice",
    T("Legal notice", ko="법적 고지", vi="Thông báo pháp lý", id="Pemberitahuan hukum"),
    T(
        "Who publishes this portal and the terms for using its content.",
        ko="이 포털의 발행자와 콘텐츠 이용 조건을 안내합니다.",
        vi="Ai xuất bản cổng thông tin này và các điều kiện sử dụng nội dung.",
        id="Siapa yang menerbitkan portal ini dan ketentuan penggunaan kontennya.",
    ),
    (
        ("h2", T("Publisher", ko="발행자", vi="Đơn vị xuất bản", id="Penerbit")),
        (
            "p",
            T(
                "This portal is a demonstration of a website for the World Cities programme. It is not an official website of the European Union or of any city named on it.",
                ko="이 포털은 World Cities 프로그램 웹사이트의 시연판입니다. 유럽연합이나 여기에 언급된 어느 도시의 공식 웹사이트도 아닙니다.",
                vi="Cổng thông tin này là bản minh họa của một trang web dành cho chương trình World Cities. Đây không phải là trang web chính thức của Liên minh châu Âu hay của bất kỳ thành phố nào được nêu tên trên đó.",
                id="Portal ini adalah demonstrasi situs web untuk program World Cities. Portal ini bukan situs web resmi Uni Eropa atau kota mana pun yang disebutkan di dalamnya.",
            ),
        ),
        (
            "h2",
            T("Use of content", ko="콘텐츠 이용", vi="Sử dụng nội dung", id="Penggunaan konten"),
        ),
        (
            "p",
            T(
                "The texts were written for this demonstration and may be reused with attribution. Names of cities, universities and organisations belong to their owners and do not mean that these organisations endorse this portal.",
                ko="텍스트는 이 시연을 위해 작성되었으며 출처를 밝히면 재사용할 수 있습니다. 도시, 대학, 기관의 이름은 각 소유자에게 속하며, 해당 기관이 이 포털을 보증한다는 뜻이 아닙니다.",
                vi="Các văn bản được viết cho bản minh họa này và có thể được sử dụng lại nếu ghi rõ nguồn. Tên của các thành phố, trường đại học và tổ chức thuộc về chủ sở hữu tương ứng và không có nghĩa là các tổ chức đó xác nhận cổng thông tin này.",
                id="Teks-teks ini ditulis untuk demonstrasi ini dan boleh digunakan kembali dengan menyebutkan sumbernya. Nama kota, universitas, dan organisasi adalah milik pemiliknya masing-masing dan tidak berarti organisasi tersebut mendukung portal ini.",
            ),
        ),
        ("h2", T("Liability", ko="책임의 한계", vi="Trách nhiệm", id="Tanggung jawab")),
        (
            "p",
            T(
                "We take care that the information is correct, but we cannot guarantee it. Links to other websites are given for information; we are not responsible for their content.",
                ko="정보가 정확하도록 주의를 기울이지만 이를 보장할 수는 없습니다. 다른 웹사이트로의 링크는 참고용이며, 그 내용에 대해서는 책임지지 않습니다.",
                vi="Chúng tôi cố gắng bảo đảm thông tin chính xác nhưng không thể cam kết điều đó. Các liên kết đến trang web khác chỉ nhằm mục đích tham khảo; chúng tôi không chịu trách nhiệm về nội dung của các trang đó.",
                id="Kami berupaya agar informasi ini benar, tetapi kami tidak dapat menjaminnya. Tautan ke situs web lain diberikan sebagai informasi; kami tidak bertanggung jawab atas isinya.",
            ),
        ),
    ),
    show_in_footer=True,
)

STANDARD_PAGES = (ABOUT, ACCESSIBILITY, PRIVACY, LEGAL)
