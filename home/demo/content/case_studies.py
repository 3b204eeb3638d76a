"""Good practices: one case study for each partner country of the 2017–2018 cycle.

Written plainly as demonstration content: each describes a real public policy of one of the
cities and what its partner looked at; key figures are rounded public figures.
"""

from dataclasses import dataclass

from . import T
from .cities import ENERGY, GREEN, LOW_CARBON, RURAL, SMART


@dataclass(frozen=True)
class KeyFigure:
    value: float
    unit: T
    label: T


@dataclass(frozen=True)
class CaseStudy:
    slug: str
    pair: str  # slug of the pair
    cities: tuple  # slugs
    themes: tuple
    year: int
    sectors: tuple  # government, research, business
    title: T
    summary: T
    challenge: T
    approach: T
    figures: tuple
    lessons: T
    transferability: T


DISCLAIMER = T(
    "The figures are rounded public figures; this case study is demonstration content written for the portal.",
    ko="수치는 공개 자료를 반올림한 것이며, 이 사례는 포털을 위해 작성된 시연용 콘텐츠입니다.",
    vi="Các số liệu là số liệu công khai đã được làm tròn; nghiên cứu điển hình này là nội dung minh họa được viết cho cổng thông tin.",
    id="Angka-angka tersebut adalah angka publik yang dibulatkan; studi kasus ini adalah konten demonstrasi yang ditulis untuk portal.",
)
PERCENT = T("%", ko="%", vi="%", id="%")

CASE_STUDIES = [
    CaseStudy(
        slug="managing-water-demand-in-a-drought",
        pair="cape-town-bilbao",
        cities=("cape-town", "bilbao"),
        themes=(GREEN, ENERGY),
        year=2018,
        sectors=("government", "research"),
        title=T(
            "Managing water demand in a drought",
            ko="가뭄 속 물 수요 관리",
            vi="Quản lý nhu cầu nước trong hạn hán",
            id="Mengelola permintaan air saat kekeringan",
        ),
        summary=T(
            "How Cape Town cut its water use during the 2017–2018 drought, and what Bilbao took from it.",
            ko="케이프타운이 2017~2018년 가뭄 동안 물 사용량을 줄인 방법과 빌바오가 여기서 얻은 교훈.",
            vi="Cách Cape Town cắt giảm lượng nước sử dụng trong đợt hạn hán 2017–2018, và những điều Bilbao rút ra.",
            id="Cara Cape Town mengurangi pemakaian air selama kekeringan 2017–2018, dan apa yang dipetik Bilbao darinya.",
        ),
        challenge=T(
            "After three dry winters, the dams that supply Cape Town fell to very low levels, and the city had to make its water last until the rains returned.",
            ko="세 번의 건조한 겨울이 이어지자 케이프타운에 물을 공급하는 댐의 수위가 매우 낮아졌고, 시는 비가 다시 올 때까지 물을 아껴 써야 했습니다.",
            vi="Sau ba mùa đông khô hạn, các hồ chứa cung cấp nước cho Cape Town xuống mức rất thấp, và thành phố phải dè sẻn nguồn nước cho đến khi mưa trở lại.",
            id="Setelah tiga musim dingin yang kering, bendungan yang memasok air ke Cape Town turun ke tingkat yang sangat rendah, dan kota harus membuat airnya cukup sampai hujan kembali turun.",
        ),
        approach=T(
            "The city combined water restrictions, higher tariffs for heavy use, pressure management in the network and clear daily communication with residents.",
            ko="시는 급수 제한, 과다 사용에 대한 높은 요금, 상수도망의 수압 관리, 주민과 매일 명확하게 소통하는 방식을 함께 활용했습니다.",
            vi="Thành phố kết hợp các biện pháp hạn chế dùng nước, giá cao hơn cho người dùng nhiều, điều chỉnh áp lực trong mạng lưới và thông tin rõ ràng hằng ngày tới người dân.",
            id="Kota memadukan pembatasan air, tarif lebih tinggi untuk pemakaian besar, pengelolaan tekanan di jaringan, dan komunikasi harian yang jelas dengan warga.",
        ),
        figures=(
            KeyFigure(
                50,
                PERCENT,
                T(
                    "Approximate fall in the city's daily water use between 2015 and early 2018",
                    ko="2015년부터 2018년 초까지 시의 하루 물 사용량이 줄어든 대략적인 비율",
                    vi="Mức giảm xấp xỉ lượng nước sử dụng hằng ngày của thành phố từ năm 2015 đến đầu năm 2018",
                    id="Perkiraan penurunan pemakaian air harian kota antara 2015 dan awal 2018",
                ),
            ),
            KeyFigure(
                50,
                T("litres", ko="리터", vi="lít", id="liter"),
                T(
                    "Daily water limit per person in early 2018",
                    ko="2018년 초 1인당 하루 물 사용 한도",
                    vi="Hạn mức nước mỗi người mỗi ngày vào đầu năm 2018",
                    id="Batas pemakaian air per orang per hari pada awal 2018",
                ),
            ),
        ),
        lessons=T(
            "Residents saved most when they could see the situation every week: simple dashboards and clear targets mattered as much as rules.",
            ko="주민들은 매주 상황을 직접 확인할 수 있을 때 가장 많이 절약했습니다. 간단한 현황판과 분명한 목표가 규정만큼 중요했습니다.",
            vi="Người dân tiết kiệm nhiều nhất khi họ có thể theo dõi tình hình hằng tuần: bảng theo dõi đơn giản và mục tiêu rõ ràng quan trọng không kém các quy định.",
            id="Warga paling banyak berhemat ketika mereka dapat melihat keadaan setiap minggu: dasbor sederhana dan target yang jelas sama pentingnya dengan aturan.",
        ),
        transferability=T(
            "Bilbao has plenty of rain, but the same mix of metering, pressure management and communication applies to any city that must reduce demand quickly.",
            ko="빌바오는 비가 충분하지만, 계량, 수압 관리, 소통을 결합하는 방식은 수요를 빠르게 줄여야 하는 모든 도시에 적용할 수 있습니다.",
            vi="Bilbao có lượng mưa dồi dào, nhưng cách kết hợp đo đếm, điều chỉnh áp lực và truyền thông có thể áp dụng cho bất kỳ thành phố nào cần giảm nhu cầu nhanh chóng.",
            id="Bilbao memiliki curah hujan yang cukup, tetapi perpaduan pengukuran, pengelolaan tekanan, dan komunikasi yang sama berlaku bagi kota mana pun yang harus menekan permintaan dengan cepat.",
        ),
    ),
    CaseStudy(
        slug="renewable-electricity-through-reverse-auctions",
        pair="canberra-prague",
        cities=("canberra", "prague"),
        themes=(LOW_CARBON, ENERGY),
        year=2017,
        sectors=("government", "business"),
        title=T(
            "Renewable electricity through reverse auctions",
            ko="역경매를 통한 재생에너지 전력",
            vi="Điện tái tạo thông qua đấu giá ngược",
            id="Listrik terbarukan melalui lelang terbalik",
        ),
        summary=T(
            "How the Australian Capital Territory contracted wind and solar power to cover its electricity use, and what Prague studied from it.",
            ko="호주 수도 준주가 전력 사용량을 충당할 풍력과 태양광 전력을 계약한 방법과 프라하가 이를 검토한 내용.",
            vi="Cách Lãnh thổ Thủ đô Úc ký hợp đồng mua điện gió và điện mặt trời đủ cho nhu cầu điện của mình, và những gì Praha đã nghiên cứu.",
            id="Cara Wilayah Ibu Kota Australia mengontrak tenaga angin dan surya untuk menutup pemakaian listriknya, dan apa yang dipelajari Praha darinya.",
        ),
        challenge=T(
            "The territory set itself a target of 100 per cent renewable electricity by 2020 without building power stations of its own.",
            ko="준주는 자체 발전소를 짓지 않고 2020년까지 전력의 100%를 재생에너지로 공급한다는 목표를 세웠습니다.",
            vi="Vùng lãnh thổ đặt mục tiêu 100% điện tái tạo vào năm 2020 mà không tự xây dựng nhà máy điện.",
            id="Wilayah ini menetapkan target listrik 100 persen terbarukan pada 2020 tanpa membangun pembangkit listrik sendiri.",
        ),
        approach=T(
            "It held reverse auctions in which wind and solar farms competed for long-term contracts at a guaranteed price.",
            ko="풍력·태양광 발전 단지가 보장 가격의 장기 계약을 놓고 경쟁하는 역경매를 실시했습니다.",
            vi="Vùng lãnh thổ tổ chức các cuộc đấu giá ngược, trong đó các trang trại điện gió và điện mặt trời cạnh tranh để giành hợp đồng dài hạn với giá được bảo đảm.",
            id="Wilayah ini mengadakan lelang terbalik, di mana ladang angin dan surya bersaing untuk mendapatkan kontrak jangka panjang dengan harga terjamin.",
        ),
        figures=(
            KeyFigure(
                100,
                PERCENT,
                T(
                    "Target share of renewable electricity for 2020, reached that year",
                    ko="2020년 재생에너지 전력 비중 목표(그해 달성)",
                    vi="Tỷ lệ điện tái tạo mục tiêu cho năm 2020, đã đạt được trong năm đó",
                    id="Target porsi listrik terbarukan untuk 2020, tercapai pada tahun itu",
                ),
            ),
            KeyFigure(
                20,
                T("years", ko="년", vi="năm", id="tahun"),
                T(
                    "Length of the contracts offered to wind and solar farms",
                    ko="풍력·태양광 발전 단지에 제시된 계약 기간",
                    vi="Thời hạn hợp đồng dành cho các trang trại điện gió và điện mặt trời",
                    id="Jangka waktu kontrak yang ditawarkan kepada ladang angin dan surya",
                ),
            ),
        ),
        lessons=T(
            "Competition between projects kept prices low, and local investment commitments were part of each bid.",
            ko="사업 간 경쟁으로 가격이 낮게 유지되었고, 입찰마다 지역 투자 약속이 포함되었습니다.",
            vi="Sự cạnh tranh giữa các dự án giúp giữ giá thấp, và cam kết đầu tư tại địa phương là một phần của mỗi hồ sơ dự thầu.",
            id="Persaingan antarproyek menjaga harga tetap rendah, dan komitmen investasi lokal menjadi bagian dari setiap penawaran.",
        ),
        transferability=T(
            "European cities work under different energy market rules, but they can buy renewable power through long-term contracts in the same spirit.",
            ko="유럽 도시들은 다른 에너지 시장 규정 아래에 있지만, 같은 취지로 장기 계약을 통해 재생에너지 전력을 구매할 수 있습니다.",
            vi="Các thành phố châu Âu hoạt động theo quy định thị trường năng lượng khác, nhưng vẫn có thể mua điện tái tạo qua hợp đồng dài hạn theo cùng tinh thần đó.",
            id="Kota-kota Eropa bekerja di bawah aturan pasar energi yang berbeda, tetapi mereka dapat membeli listrik terbarukan melalui kontrak jangka panjang dengan semangat yang sama.",
        ),
    ),
    CaseStudy(
        slug="planning-an-innovation-district",
        pair="busan-barcelona",
        cities=("busan", "barcelona"),
        themes=(SMART, GREEN),
        year=2018,
        sectors=("government", "research", "business"),
        title=T(
            "Planning an innovation district",
            ko="혁신 지구 계획하기",
            vi="Quy hoạch một khu đổi mới sáng tạo",
            id="Merencanakan distrik inovasi",
        ),
        summary=T(
            "What Busan's planners took from Barcelona's 22@ district for a new smart city district on the Nakdong river delta.",
            ko="부산의 도시계획가들이 낙동강 하구의 새 스마트 시티 지구를 위해 바르셀로나 22@ 지구에서 얻은 교훈.",
            vi="Những điều các nhà quy hoạch Busan rút ra từ khu 22@ của Barcelona cho khu đô thị thông minh mới ở châu thổ sông Nakdong.",
            id="Apa yang dipetik perencana Busan dari distrik 22@ Barcelona untuk distrik kota cerdas baru di delta Sungai Nakdong.",
        ),
        challenge=T(
            "Busan is planning a new district from scratch and wants it to mix homes, research and companies rather than become a business park.",
            ko="부산은 새 지구를 처음부터 계획하고 있으며, 이곳이 단순한 업무 단지가 아니라 주거, 연구, 기업이 어우러진 곳이 되기를 바랍니다.",
            vi="Busan đang quy hoạch một khu đô thị mới từ đầu và muốn nơi đây kết hợp nhà ở, nghiên cứu và doanh nghiệp thay vì chỉ là một khu văn phòng.",
            id="Busan sedang merencanakan distrik baru dari awal dan ingin distrik itu memadukan hunian, riset, dan perusahaan, bukan sekadar kawasan perkantoran.",
        ),
        approach=T(
            "Planners from both cities walked through 22@ together and compared zoning rules, public space and how the city asked developers to contribute.",
            ko="두 도시의 계획가들이 22@ 지구를 함께 걸으며 용도지역 규정, 공공 공간, 개발사에 기여를 요구한 방식을 비교했습니다.",
            vi="Các nhà quy hoạch của hai thành phố cùng đi thực địa khu 22@ và so sánh quy định phân khu, không gian công cộng và cách thành phố yêu cầu chủ đầu tư đóng góp.",
            id="Perencana dari kedua kota berkeliling 22@ bersama dan membandingkan aturan zonasi, ruang publik, serta cara kota meminta pengembang berkontribusi.",
        ),
        figures=(
            KeyFigure(
                200,
                T("hectares", ko="헥타르", vi="héc-ta", id="hektare"),
                T(
                    "Approximate area of the 22@ district in Poblenou",
                    ko="포블레노우 22@ 지구의 대략적인 면적",
                    vi="Diện tích xấp xỉ của khu 22@ ở Poblenou",
                    id="Perkiraan luas distrik 22@ di Poblenou",
                ),
            ),
        ),
        lessons=T(
            "Mixed use needs rules from the start: land for housing, public space and research must be reserved before the first companies arrive.",
            ko="복합 용도는 처음부터 규정이 필요합니다. 첫 기업이 들어오기 전에 주거, 공공 공간, 연구를 위한 부지를 확보해야 합니다.",
            vi="Sử dụng đất hỗn hợp cần có quy định ngay từ đầu: đất cho nhà ở, không gian công cộng và nghiên cứu phải được dành riêng trước khi những doanh nghiệp đầu tiên đến.",
            id="Penggunaan lahan campuran membutuhkan aturan sejak awal: lahan untuk hunian, ruang publik, dan riset harus dicadangkan sebelum perusahaan pertama datang.",
        ),
        transferability=T(
            "The approach suits any city that turns industrial or new land into a district for innovation.",
            ko="이 방식은 공업 용지나 새 부지를 혁신 지구로 바꾸려는 모든 도시에 적합합니다.",
            vi="Cách tiếp cận này phù hợp với bất kỳ thành phố nào muốn biến đất công nghiệp hoặc đất mới thành một khu đổi mới sáng tạo.",
            id="Pendekatan ini cocok bagi kota mana pun yang mengubah lahan industri atau lahan baru menjadi distrik inovasi.",
        ),
    ),
    CaseStudy(
        slug="cooling-streets-with-shade-and-trees",
        pair="makassar-seville",
        cities=("makassar", "seville"),
        themes=(GREEN, SMART),
        year=2018,
        sectors=("government", "research"),
        title=T(
            "Cooling streets with shade and trees",
            ko="그늘과 나무로 거리 식히기",
            vi="Làm mát đường phố bằng bóng râm và cây xanh",
            id="Menyejukkan jalan dengan naungan dan pepohonan",
        ),
        summary=T(
            "How Seville keeps its streets bearable in summer, and how Makassar planned to test the same ideas on one street.",
            ko="세비야가 여름철 거리를 견딜 만하게 유지하는 방법과 마카사르가 같은 아이디어를 한 거리에서 시험하려고 계획한 내용.",
            vi="Cách Sevilla giữ cho đường phố dễ chịu trong mùa hè, và cách Makassar lên kế hoạch thử nghiệm những ý tưởng tương tự trên một tuyến phố.",
            id="Cara Sevilla menjaga jalan-jalannya tetap nyaman pada musim panas, dan cara Makassar berencana menguji gagasan yang sama di satu jalan.",
        ),
        challenge=T(
            "Both cities are hot for much of the year, and people avoid walking in streets without shade.",
            ko="두 도시 모두 일 년 중 상당 기간이 덥고, 사람들은 그늘 없는 거리를 걷지 않으려 합니다.",
            vi="Cả hai thành phố đều nóng trong phần lớn thời gian trong năm, và người dân ngại đi bộ trên những con phố không có bóng mát.",
            id="Kedua kota panas hampir sepanjang tahun, dan orang enggan berjalan di jalan tanpa naungan.",
        ),
        approach=T(
            "Seville showed its narrow streets, awnings, trees and fountains; Makassar chose a street near a market for a first trial with its university.",
            ko="세비야는 좁은 골목, 차양, 가로수, 분수를 보여 주었고, 마카사르는 대학과 함께 첫 시험을 할 곳으로 시장 근처의 한 거리를 골랐습니다.",
            vi="Sevilla giới thiệu những con phố hẹp, mái che, cây xanh và đài phun nước của mình; Makassar chọn một tuyến phố gần chợ để thử nghiệm lần đầu cùng trường đại học.",
            id="Sevilla memperlihatkan jalan-jalan sempit, tenda peneduh, pepohonan, dan air mancurnya; Makassar memilih jalan dekat pasar untuk uji coba pertama bersama universitasnya.",
        ),
        figures=(
            KeyFigure(
                36,
                T("°C", ko="°C", vi="°C", id="°C"),
                T(
                    "Average maximum temperature in Seville in July",
                    ko="세비야의 7월 평균 최고 기온",
                    vi="Nhiệt độ cao nhất trung bình của Sevilla vào tháng Bảy",
                    id="Rata-rata suhu maksimum di Sevilla pada bulan Juli",
                ),
            ),
        ),
        lessons=T(
            "Shade works best when it is continuous: a few trees far apart do little, a connected route makes people walk.",
            ko="그늘은 끊기지 않고 이어질 때 가장 효과적입니다. 띄엄띄엄 선 나무 몇 그루로는 부족하고, 이어진 길이 있어야 사람들이 걷습니다.",
            vi="Bóng mát hiệu quả nhất khi liên tục: vài cây đứng cách xa nhau không giúp được nhiều, một lối đi được che liền mạch mới khiến người dân đi bộ.",
            id="Naungan paling efektif jika bersambung: beberapa pohon yang berjauhan tidak banyak membantu, rute yang terhubung membuat orang mau berjalan.",
        ),
        transferability=T(
            "Cheap measures such as awnings and street trees can be tried quickly in any hot city and measured with simple thermometers.",
            ko="차양과 가로수 같은 저렴한 조치는 어느 더운 도시에서나 빠르게 시도해 볼 수 있고, 간단한 온도계로 효과를 측정할 수 있습니다.",
            vi="Những biện pháp rẻ như mái che và cây xanh đường phố có thể được thử nghiệm nhanh ở bất kỳ thành phố nóng nào và đo lường bằng nhiệt kế đơn giản.",
            id="Langkah murah seperti tenda peneduh dan pohon jalan dapat dicoba dengan cepat di kota panas mana pun dan diukur dengan termometer sederhana.",
        ),
    ),
    CaseStudy(
        slug="linking-farms-and-the-city-through-food-policy",
        pair="hanoi-milan",
        cities=("hanoi", "milan"),
        themes=(RURAL,),
        year=2018,
        sectors=("government", "research", "business"),
        title=T(
            "Linking farms and the city through food policy",
            ko="먹거리 정책으로 농장과 도시 잇기",
            vi="Kết nối trang trại với thành phố qua chính sách lương thực",
            id="Menghubungkan pertanian dan kota melalui kebijakan pangan",
        ),
        summary=T(
            "What Hanoi learned from Milan's urban food policy about linking farms in its rural districts with markets and schools in the city.",
            ko="하노이가 농촌 지역의 농장과 시내 시장 및 학교를 연결하는 방법에 관해 밀라노의 도시 먹거리 정책에서 배운 것.",
            vi="Những điều Hà Nội học được từ chính sách lương thực đô thị của Milano về việc kết nối trang trại ở các huyện ngoại thành với chợ và trường học trong thành phố.",
            id="Apa yang dipelajari Hanoi dari kebijakan pangan perkotaan Milan tentang menghubungkan pertanian di distrik perdesaannya dengan pasar dan sekolah di kota.",
        ),
        challenge=T(
            "Hanoi's rural districts grow much of the city's vegetables, but residents worry about food safety and farmers earn little.",
            ko="하노이의 농촌 지역은 시에서 소비되는 채소의 상당 부분을 생산하지만, 주민들은 식품 안전을 걱정하고 농민의 소득은 낮습니다.",
            vi="Các huyện ngoại thành của Hà Nội trồng phần lớn rau cho thành phố, nhưng người dân lo ngại về an toàn thực phẩm còn nông dân thì thu nhập thấp.",
            id="Distrik perdesaan Hanoi menanam sebagian besar sayuran kota, tetapi warga khawatir soal keamanan pangan dan petani berpenghasilan rendah.",
        ),
        approach=T(
            "The pair studied Milan's food policy, which links school canteens, markets and farms around the city, and met farmers' cooperatives near Hanoi.",
            ko="두 도시는 학교 급식, 시장, 도시 주변 농장을 연결하는 밀라노의 먹거리 정책을 살펴보고, 하노이 인근의 농업 협동조합을 만났습니다.",
            vi="Hai thành phố nghiên cứu chính sách lương thực của Milano, vốn kết nối bếp ăn trường học, chợ và các trang trại quanh thành phố, và gặp gỡ các hợp tác xã nông nghiệp gần Hà Nội.",
            id="Kedua kota mempelajari kebijakan pangan Milan, yang menghubungkan kantin sekolah, pasar, dan pertanian di sekitar kota, serta bertemu koperasi petani di dekat Hanoi.",
        ),
        figures=(
            KeyFigure(
                3300,
                T("km²", ko="km²", vi="km²", id="km²"),
                T(
                    "Approximate area of Hanoi since 2008, much of it rural",
                    ko="2008년 이후 하노이의 대략적인 면적(상당 부분이 농촌)",
                    vi="Diện tích xấp xỉ của Hà Nội từ năm 2008, phần lớn là nông thôn",
                    id="Perkiraan luas Hanoi sejak 2008, sebagian besar berupa perdesaan",
                ),
            ),
        ),
        lessons=T(
            "A food policy works across departments: schools, markets, health and agriculture have to plan together.",
            ko="먹거리 정책은 여러 부서에 걸쳐 작동합니다. 학교, 시장, 보건, 농업 부서가 함께 계획해야 합니다.",
            vi="Chính sách lương thực cần sự phối hợp liên ngành: giáo dục, chợ, y tế và nông nghiệp phải cùng nhau lập kế hoạch.",
            id="Kebijakan pangan bekerja lintas dinas: sekolah, pasar, kesehatan, dan pertanian harus merencanakan bersama.",
        ),
        transferability=T(
            "Any city with farmland nearby can start with one public buyer, such as school canteens, and grow the network from there.",
            ko="주변에 농지가 있는 도시라면 학교 급식 같은 공공 구매처 한 곳에서 시작해 점차 네트워크를 넓혀 갈 수 있습니다.",
            vi="Bất kỳ thành phố nào có đất nông nghiệp lân cận đều có thể bắt đầu với một bên mua công, như bếp ăn trường học, rồi mở rộng mạng lưới từ đó.",
            id="Setiap kota yang memiliki lahan pertanian di dekatnya dapat memulai dengan satu pembeli publik, seperti kantin sekolah, lalu memperluas jaringan dari sana.",
        ),
    ),
]
