<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Моя учётная запись</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Сохранить имя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>{account} ({transport})</source>
        <translation>{account} ({transport})</translation>
    </message>
    <message>
        <source>none: an administrator sets it in Administration, Users</source>
        <translation>нет: её задаёт администратор в разделе «Администрирование», «Пользователи»</translation>
    </message>
    <message>
        <source>SIP account:</source>
        <translation>Учётная запись SIP:</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>End your session here (the softphone unregisters) and let another employee log in (Ctrl+Shift+L)</source>
        <translation>Завершить работу на этом компьютере (софтфон снимает регистрацию) и дать войти другому сотруднику (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Your name was saved.</source>
        <translation>Имя сохранено.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Новый пароль и его повтор не совпадают.</translation>
    </message>
    <message>
        <source>The password was changed: use it at the next login.</source>
        <translation>Пароль изменён: используйте его при следующем входе.</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Groups and field access</source>
        <translation>Группы и доступ к полям</translation>
    </message>
    <message>
        <source>Card fields</source>
        <translation>Поля карточки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Mail and files</source>
        <translation>Почта и файлы</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>АТС</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Создать пользователя</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New password for {0}:</source>
        <translation>Новый пароль для {0}:</translation>
    </message>
    <message>
        <source>The password of {0} was changed.</source>
        <translation>Пароль пользователя {0} изменен.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Название группы:</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Сохранить группу</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>view</source>
        <translation>просмотр</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>Choose the members in each user&apos;s dialog (Users tab).</source>
        <translation>Участников выбирают в карточке каждого пользователя (вкладка «Пользователи»).</translation>
    </message>
    <message>
        <source>No members: choose them in each user&apos;s dialog (Users tab).</source>
        <translation>Участников нет: их выбирают в карточке каждого пользователя (вкладка «Пользователи»).</translation>
    </message>
    <message>
        <source>Members: {names}</source>
        <translation>Участники: {names}</translation>
    </message>
    <message>
        <source>The group was saved.</source>
        <translation>Группа сохранена.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>In table</source>
        <translation>В таблице</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>На карточке</translation>
    </message>
    <message>
        <source>Tab / section</source>
        <translation>Вкладка / раздел</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Create a client card automatically for an unknown incoming number</source>
        <translation>Автоматически создавать карточку клиента для входящего звонка с неизвестного номера</translation>
    </message>
    <message>
        <source>the PBX (its call records; the softphones write nothing)</source>
        <translation>АТС (её записи о звонках; софтфоны ничего не пишут)</translation>
    </message>
    <message>
        <source>CallDesk softphones (each writes the calls it makes and takes)</source>
        <translation>Софтфоны CallDesk (каждый пишет свои входящие и исходящие звонки)</translation>
    </message>
    <message>
        <source>Only one source writes calls, so that nothing is counted twice.</source>
        <translation>Звонки пишет только один источник, чтобы ничего не посчитать дважды.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>For every operator whose softphone settings say &quot;as the company&quot;; a workstation may set its own.</source>
        <translation>Для каждого оператора, у которого в настройках софтфона выбрано «как в компании»; рабочее место может задать своё.</translation>
    </message>
    <message>
        <source>Record softphone calls</source>
        <translation>Записывать звонки софтфона</translation>
    </message>
    <message>
        <source>Each softphone records its answered calls (both voices) and uploads them into a folder per day of the recordings folder its workstation plays recordings from (recordings_base in its settings.json); until that folder is reachable they wait on the operator&apos;s computer. Operators see that calls are recorded.</source>
        <translation>Каждый софтфон записывает принятые и состоявшиеся звонки (оба голоса) и выгружает их в папку записей, из которой его рабочее место проигрывает записи (recordings_base в его settings.json), по папке на день; пока эта папка недоступна, записи ждут на компьютере оператора. Операторы видят, что звонки записываются.</translation>
    </message>
    <message>
        <source>Calls in the journal come from:</source>
        <translation>Источник звонков журнала:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Пауза на обработку после звонка:</translation>
    </message>
    <message>
        <source>none: every read goes to this server</source>
        <translation>нет: всё читается с этого сервера</translation>
    </message>
    <message>
        <source>host:port of a MariaDB/MySQL replica of this database. The journal, reports and client directory read there (writes always go to this server); workstations use it from their next start.</source>
        <translation>сервер:порт реплики этой базы MariaDB/MySQL. Журнал, отчёты и справочник клиентов читаются с неё (запись всегда идёт на этот сервер); рабочие места используют её со следующего запуска.</translation>
    </message>
    <message>
        <source>Read replica:</source>
        <translation>Реплика для чтения:</translation>
    </message>
    <message>
        <source>Working day, calls back and reports</source>
        <translation>Рабочий день, перезвоны и отчёты</translation>
    </message>
    <message>
        <source>this computer&apos;s</source>
        <translation>как на этом компьютере</translation>
    </message>
    <message>
        <source>within</source>
        <translation>в течение</translation>
    </message>
    <message>
        <source> min of the first attempt</source>
        <translation> мин после первой попытки</translation>
    </message>
    <message>
        <source>before the end of the working day</source>
        <translation>до конца рабочего дня</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>в пределах дня</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Call a missed caller back:</source>
        <translation>Перезвонить пропущенному:</translation>
    </message>
    <message>
        <source>Repeated calls of one number are one item over:</source>
        <translation>Повторные звонки с номера — одна строка за:</translation>
    </message>
    <message>
        <source>Take it holds for:</source>
        <translation>«Взять в работу» держится:</translation>
    </message>
    <message>
        <source>Service level: answered within</source>
        <translation>Уровень обслуживания: ответ в течение</translation>
    </message>
    <message>
        <source>Ignore abandoned calls shorter than</source>
        <translation>Не считать брошенные звонки короче</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Сохранение настроек…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>AssignNumberDialog</name>
    <message>
        <source>Assign number to client</source>
        <translation>Добавить номер клиенту</translation>
    </message>
    <message>
        <source>Client name or phone number</source>
        <translation>Название клиента или номер телефона</translation>
    </message>
    <message>
        <source>Add number to client</source>
        <translation>Добавить номер клиенту</translation>
    </message>
    <message>
        <source>Add number to contact person</source>
        <translation>Добавить номер контактному лицу</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Find client:</source>
        <translation>Найти клиента:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Сначала выберите клиента.</translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Live: what each operator&apos;s softphone is doing, and pauses from CallDesk and the PBX. A softphone silent for 20 s counts as offline.</source>
        <translation>Сейчас: что делает софтфон каждого оператора, и паузы из CallDesk и АТС. Софтфон, молчащий 20 с, считается не в сети.</translation>
    </message>
    <message>
        <source>No operators yet: they appear here once an administrator adds them.</source>
        <translation>Операторов пока нет: они появятся здесь, когда администратор их добавит.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
</context>
<context>
    <name>CallAlerts</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Пропущенный звонок</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Для создания и изменения клиентов нужно право (Администрирование).</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Сведения о звонке</translation>
    </message>
    <message>
        <source>Select a call in the journal.</source>
        <translation>Выберите звонок в журнале.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Took part:</source>
        <translation>Участвовали:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Wait duration:</source>
        <translation>Ожидание:</translation>
    </message>
    <message>
        <source>Talk duration:</source>
        <translation>Разговор:</translation>
    </message>
    <message>
        <source>Hung up:</source>
        <translation>Положил трубку:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Линия:</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Переводов:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Стоимость:</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Создать клиента (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Добавить номер клиенту…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The call cannot be read: {error}</source>
        <translation>Не удалось прочитать звонок: {error}</translation>
    </message>
    <message>
        <source>Recordings: {recorded} of {parts} parts</source>
        <translation>Записи: {recorded} из {parts} частей</translation>
    </message>
    <message>
        <source>Parts: no recordings</source>
        <translation>Части звонка: записей нет</translation>
    </message>
    <message>
        <source>{direction} call</source>
        <translation>{direction} звонок</translation>
    </message>
    <message>
        <source>(registered after the call)</source>
        <translation>(зарегистрирован после звонка)</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Открыть карточку клиента</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зарегистрирован</translation>
    </message>
    <message>
        <source>{time} in the queue</source>
        <translation>{time} в очереди</translation>
    </message>
    <message>
        <source>(position {n})</source>
        <translation>(место {n})</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>To call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не настроен.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Создать клиента (F7)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Показывать закрытые</translation>
    </message>
    <message>
        <source>Also the items closed by a later call</source>
        <translation>И строки, закрытые более поздним звонком</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Почему звонок здесь</translation>
    </message>
    <message>
        <source>Nobody is waiting for a call back.
Missed and lost calls appear here until someone talks to the caller.</source>
        <translation>Никто не ждёт перезвона.
Пропущенные и потерянные звонки видны здесь, пока со звонившим никто не поговорил.</translation>
    </message>
    <message>
        <source>The worklist cannot be read: {error}</source>
        <translation>Не удалось прочитать список: {error}</translation>
    </message>
    <message>
        <source>call back before the end of the working day ({time})</source>
        <translation>перезвонить до конца рабочего дня ({time})</translation>
    </message>
    <message>
        <source>call back within {minutes} min of the first attempt</source>
        <translation>перезвонить в течение {minutes} мин после первой попытки</translation>
    </message>
    <message>
        <source>Waiting: {open}, overdue: {overdue} — {target}</source>
        <translation>Ждут: {open}, просрочено: {overdue} — {target}</translation>
    </message>
    <message>
        <source>Select a caller to see whom the calls rang and why.</source>
        <translation>Выберите звонившего, чтобы увидеть, кому поступали его звонки и почему.</translation>
    </message>
    <message>
        <source>Attempts: {count}, waited {time} in all</source>
        <translation>Попыток: {count}, всего ждал {time}</translation>
    </message>
    <message>
        <source>Call the caller back (taking the item)</source>
        <translation>Перезвонить звонившему (и взять в работу)</translation>
    </message>
    <message>
        <source>{notice}
Call anyway?</source>
        <translation>{notice}
Всё равно позвонить?</translation>
    </message>
</context>
<context>
    <name>ClientCardForm</name>
    <message>
        <source>Save</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>You may only view client cards: changing them needs the permission (Administration → Permissions).</source>
        <translation>Вы можете только просматривать карточки клиентов: для изменения нужно право (Администрирование → Права доступа).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Write a letter (through the company&apos;s mail server, else the mail client)</source>
        <translation>Написать письмо (через почтовый сервер компании, иначе в почтовой программе)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Ответственный менеджер:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Добавить номер</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Удалить номер</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Удалить контактное лицо</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Select a call with a recording (♪) to listen to it.</source>
        <translation>Выберите звонок с записью (♪), чтобы прослушать её.</translation>
    </message>
    <message>
        <source>Opening the card…</source>
        <translation>Открытие карточки…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>No additional fields: the administrator opens them to groups.</source>
        <translation>Дополнительных полей нет: их открывает группам администратор.</translation>
    </message>
    <message>
        <source>(the client)</source>
        <translation>(клиент)</translation>
    </message>
    <message>
        <source>The letter was sent.</source>
        <translation>Письмо отправлено.</translation>
    </message>
    <message>
        <source>The card is not saved yet: save it (Ctrl+S) to see this.</source>
        <translation>Карточка ещё не записана: запишите её (Ctrl+S), чтобы увидеть это.</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Карточка создана</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Отправлено письмо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No changes yet. Changes of the name, phones, contact persons and fields are listed here once the card is saved.</source>
        <translation>Изменений пока нет. Изменения названия, телефонов, контактных лиц и полей появятся здесь после записи карточки.</translation>
    </message>
    <message>
        <source>Made: {0}   Taken: {1}   Missed: {2}</source>
        <translation>Исходящих: {0}   Принятых: {1}   Пропущенных: {2}</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>No calls with this client yet. Calls from and to its numbers are listed here; to call it, choose a number on the Main tab.</source>
        <translation>С этим клиентом ещё не было звонков. Здесь появятся звонки с его номеров и на них; чтобы позвонить, выберите номер на вкладке «Основное».</translation>
    </message>
    <message>
        <source>You have had no calls with this client yet (you see the calls you took part in). To call it, choose a number on the Main tab.</source>
        <translation>У вас ещё не было звонков с этим клиентом (вы видите звонки, в которых участвовали). Чтобы позвонить, выберите номер на вкладке «Основное».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error} Your changes are kept; save again.</source>
        <translation>Ничего не сохранено: {error} Ваши изменения остались в карточке; сохраните ещё раз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Записано.</translation>
    </message>
    <message>
        <source>Someone saved this card while you were editing it.</source>
        <translation>Пока вы редактировали карточку, её записал другой пользователь.</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>Другой пользователь изменил:</translation>
    </message>
    <message>
        <source>You changed:</source>
        <translation>Вы изменили:</translation>
    </message>
    <message>
        <source>Where you both changed a field, merging keeps your value.</source>
        <translation>Где вы оба изменили одно поле, при объединении останется ваше значение.</translation>
    </message>
    <message>
        <source>The card was changed</source>
        <translation>Карточка изменена</translation>
    </message>
    <message>
        <source>Merge and save</source>
        <translation>Объединить и записать</translation>
    </message>
    <message>
        <source>Reload (drop my changes)</source>
        <translation>Перечитать (отменить мои изменения)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>ClientEventsTab</name>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>To the event</source>
        <translation>К событию</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Exporting clients…</source>
        <translation>Выгрузка клиентов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Выгрузка клиентов</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, разделитель точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <source>Exported {0} clients…</source>
        <translation>Выгружено клиентов: {0}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>{0} clients exported to {1}</source>
        <translation>Выгружено клиентов: {0}, файл {1}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Не удалось выгрузить: {0}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ClientsForm</name>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Search by name, number or contact person</source>
        <translation>Поиск по наименованию, номеру или контактному лицу</translation>
    </message>
    <message>
        <source>Ask an administrator for the permission (Administration → Permissions).</source>
        <translation>Попросите администратора дать право (Администрирование → Права доступа).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. лицо</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не настроен.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Filter column…</source>
        <translation>Фильтр по колонке…</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to filter by its values</source>
        <translation>Нажмите на заголовок колонки, чтобы отобрать по её значениям</translation>
    </message>
    <message>
        <source>Clients whose card holds a list item the administrator marked as hiding (e.g. status &quot;Closed&quot;) are left out of the table unless this is on.</source>
        <translation>Клиенты, у которых в карточке выбран элемент списка, помеченный администратором как скрывающий (например, статус «Закрыт»), не показываются в таблице, пока этот флажок не включён.</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <source>Show hidden ({0})</source>
        <translation>Показать скрытых ({0})</translation>
    </message>
    <message>
        <source>The clients that match are hidden by their status (e.g. &quot;Closed&quot;): tick &quot;Show hidden&quot; to see them.</source>
        <translation>Подходящие клиенты скрыты по статусу (например, «Закрыт»): включите «Показать скрытых», чтобы их увидеть.</translation>
    </message>
    <message>
        <source>No client matches the search and filters. Check the spelling, type less (part of the name, the last digits of the number) or clear the filters.</source>
        <translation>Ни один клиент не подходит под поиск и фильтры. Проверьте написание, введите меньше (часть названия, последние цифры номера) или очистите фильтры.</translation>
    </message>
    <message>
        <source>No clients yet. Create one (Insert) or import them from Excel or CSV.</source>
        <translation>Клиентов пока нет. Создайте клиента (Insert) или загрузите их из Excel или CSV.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клиентов пока нет.</translation>
    </message>
    <message>
        <source>Select a client to call.</source>
        <translation>Выберите клиента, чтобы позвонить.</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>У клиента нет номера телефона.</translation>
    </message>
    <message>
        <source>Call the client&apos;s first number ({key})</source>
        <translation>Позвонить на первый номер клиента ({key})</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Позвонить {number}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Delete the client «{0}» with its numbers and contact persons? Its calls stay in the journal.</source>
        <translation>Удалить клиента «{0}» вместе с его номерами и контактными лицами? Его звонки останутся в журнале.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Не удалено: {error}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Column chooser</source>
        <translation>Выбор колонок</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Marks (!, ★, ✎)</source>
        <translation>Отметки (!, ★, ✎)</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <source>A comment on the call (Ctrl+Enter saves)</source>
        <translation>Комментарий к звонку (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Deleted by {who}, {when}</source>
        <translation>Удалил(а) {who}, {when}</translation>
    </message>
    <message>
        <source>The comment is {over} character(s) too long. Shorten it: it is not cut and not saved.</source>
        <translation>Комментарий длиннее допустимого на {over} симв. Сократите его: текст не обрезается и не сохраняется.</translation>
    </message>
    <message>
        <source>Not saved: {error} Your text is kept; try again.</source>
        <translation>Не сохранено: {error} Ваш текст сохранен в поле; повторите попытку.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <source>The comment was changed by someone else; not saved.</source>
        <translation>Комментарий изменил другой пользователь; ваш текст не сохранен.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The comment was changed</source>
        <translation>Комментарий изменен</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>{who} changed this comment at {when} while you were editing it.</source>
        <translation>{who} изменил(а) этот комментарий в {when}, пока вы его редактировали.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удален)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их вариант</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Сохранить мой</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Их комментарий:</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Ваш комментарий:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the CallDesk database</source>
        <translation>Подключение к базе данных CallDesk</translation>
    </message>
    <message>
        <source>MySQL / MariaDB server (shared)</source>
        <translation>Сервер MySQL / MariaDB (общая база)</translation>
    </message>
    <message>
        <source>SQLite file (single workstation)</source>
        <translation>Файл SQLite (одно рабочее место)</translation>
    </message>
    <message>
        <source>optional: the CA file that signed the server&apos;s</source>
        <translation>необязательно: файл CA, подписавшего сертификат сервера</translation>
    </message>
    <message>
        <source>With a CA file the connection is encrypted and the server&apos;s certificate and address are checked (TLS).</source>
        <translation>С файлом CA соединение шифруется, а сертификат и адрес сервера проверяются (TLS).</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation>Тип базы данных:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>TLS certificate (CA):</source>
        <translation>Сертификат TLS (CA):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Файл базы данных SQLite</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Enter the server name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Введите имя базы данных.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>There is no CA file {path}.</source>
        <translation>Файла CA {path} нет.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Подключение установлено.</translation>
    </message>
</context>
<context>
    <name>CreateClientDialog</name>
    <message>
        <source>Create client</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>e.g. ООО «Ромашка» or Иванов Иван</source>
        <translation>например, ООО «Ромашка» или Иванов Иван</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Ответственный менеджер:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Введите наименование клиента.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>+{count} more</source>
        <translation>ещё {count}</translation>
    </message>
</context>
<context>
    <name>DemoLine</name>
    <message>
        <source>The demo line did not start in time.</source>
        <translation>Демо-линия не запустилась вовремя.</translation>
    </message>
    <message>
        <source>The demo line did not start: {error}</source>
        <translation>Демо-линия не запустилась: {error}</translation>
    </message>
    <message>
        <source>The demo line stopped (exit code {code}).</source>
        <translation>Демо-линия остановилась (код завершения {code}).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>What to do, e.g. call back about the offer</source>
        <translation>Что сделать, например перезвонить по предложению</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Дата и время:</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (я)</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(без клиента)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <source>Linked events:</source>
        <translation>Связанные события:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Go to client</source>
        <translation>Перейти к клиенту</translation>
    </message>
    <message>
        <source>New linked event</source>
        <translation>Новое связанное событие</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the time of the event</source>
        <translation>В момент события</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>За 5 минут</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>За 10 минут</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>За 30 минут</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>За 2 часа</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>{minutes} min before</source>
        <translation>За {minutes} мин</translation>
    </message>
    <message>
        <source>Created {time} by {name}</source>
        <translation>Создано {time}, {name}</translation>
    </message>
    <message>
        <source>Done at {time} ({name})</source>
        <translation>Выполнено {time} ({name})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление события</translation>
    </message>
    <message>
        <source>Delete the event? This cannot be undone.</source>
        <translation>Удалить событие? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>The event is not there any more.</source>
        <translation>Этого события больше нет.</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+←)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+→)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>My events</source>
        <translation>Мои события</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Все сотрудники</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>создаётся из названия</translation>
    </message>
    <message>
        <source>A stable Latin key: small letters, digits and «_». Import matches a column headed with it to this field.</source>
        <translation>Постоянный латинский ключ: строчные буквы, цифры и «_». При загрузке колонка с таким заголовком попадает в это поле.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Show in the client table</source>
        <translation>Показывать в таблице клиентов</translation>
    </message>
    <message>
        <source>Shown on the card</source>
        <translation>Показывать на карточке</translation>
    </message>
    <message>
        <source>A field not shown keeps its values; the card simply does not show it.</source>
        <translation>Скрытое поле сохраняет значения, карточка его просто не показывает.</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Shown in the empty field and as its tooltip</source>
        <translation>Видна в пустом поле и во всплывающей подсказке</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>По одному элементу в строке</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Подсказка:</translation>
    </message>
    <message>
        <source>Tab on the card:</source>
        <translation>Вкладка карточки:</translation>
    </message>
    <message>
        <source>Section on the tab:</source>
        <translation>Раздел на вкладке:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <source>Preview of the card</source>
        <translation>Так поле выглядит в карточке</translation>
    </message>
    <message>
        <source>The card does not show this field; its values are kept.</source>
        <translation>Карточка не показывает это поле; его значения сохраняются.</translation>
    </message>
    <message>
        <source>Create a list first (Administration → Lists).</source>
        <translation>Сначала создайте список (Администрирование → Списки).</translation>
    </message>
    <message>
        <source>The hint shows in the empty field and as its tooltip.</source>
        <translation>Подсказка видна в пустом поле и во всплывающей подсказке.</translation>
    </message>
    <message>
        <source>List items:</source>
        <translation>Элементы списка:</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>One item per line</source>
        <translation>По одному элементу в строке</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>You may only view this field</source>
        <translation>Это поле доступно вам только для просмотра</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Прикреплен</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>No files. Attach one with Ctrl+U.</source>
        <translation>Файлов нет. Прикрепите файл: Ctrl+U.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Uploading «{name}»</source>
        <translation>Загрузка «{name}»</translation>
    </message>
    <message>
        <source>Saving «{name}»</source>
        <translation>Сохранение «{name}»</translation>
    </message>
    <message>
        <source>Wait for the current transfer to end or cancel it.</source>
        <translation>Дождитесь окончания текущей передачи файла или отмените её.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of the file was kept.</source>
        <translation>Отменено: от файла ничего не сохранено.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Delete «{name}»?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <source>In no group: no custom card fields (administrators see all).</source>
        <translation>Без группы: дополнительные поля карточки недоступны (администраторы видят все).</translation>
    </message>
    <message>
        <source>Card fields as the group allows.</source>
        <translation>Поля карточки — как разрешено группе.</translation>
    </message>
    <message>
        <source>Several groups: per field, the widest access of them.</source>
        <translation>Несколько групп: по каждому полю действует самый широкий доступ из них.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CallDesk — user guide</source>
        <translation>CallDesk — справка</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>File (xlsx or csv):</source>
        <translation>Файл (xlsx или csv):</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Проверить строки</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Import only valid rows</source>
        <translation>Загрузить только правильные строки</translation>
    </message>
    <message>
        <source>Import all rows or nothing</source>
        <translation>Загрузить все строки или ничего</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Columns: choose what each column holds</source>
        <translation>Колонки: укажите, что содержит каждая колонка</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Наименование клиента</translation>
    </message>
    <message>
        <source>Kind (company / person)</source>
        <translation>Вид (юр. лицо / физ. лицо)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Contact person&apos;s position</source>
        <translation>Должность контактного лица</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(не загружать)</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation>Таблицы (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Загружать как</translation>
    </message>
    <message>
        <source>{0} rows in the file.</source>
        <translation>Строк в файле: {0}.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>Valid rows: {0}. Rows with problems: {1}.</source>
        <translation>Правильных строк: {0}. Строк с ошибками: {1}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
        <source>Imported clients: {0}, skipped rows: {1}.</source>
        <translation>Загружено клиентов: {0}, пропущено строк: {1}.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Неизвестный номер</translation>
    </message>
    <message>
        <source>Incoming call (call waiting)</source>
        <translation>Входящий звонок (вторая линия)</translation>
    </message>
    <message>
        <source>transferred by {who}</source>
        <translation>перевёл {who}</translation>
    </message>
    <message>
        <source>Looking up the client…</source>
        <translation>Поиск клиента…</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>Этот звонок записывается</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>Ответить (F9)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Responsible manager: {name}</source>
        <translation>Ответственный менеджер: {name}</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Внутренний звонок</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Создать клиента</translation>
    </message>
    <message>
        <source>Name unknown for now: no connection to the database</source>
        <translation>Имя пока неизвестно: нет связи с базой данных</translation>
    </message>
    <message>
        <source>No calls before.</source>
        <translation>Раньше звонков не было.</translation>
    </message>
    <message>
        <source>Last calls:</source>
        <translation>Последние звонки:</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>Export the journal</source>
        <translation>Выгрузка журнала</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, разделитель точка с запятой (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Выгрузка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exported {count} calls…</source>
        <translation>Выгружено звонков: {count}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>{count} calls exported to {path}</source>
        <translation>Выгружено звонков: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Выгрузка не удалась: {error}</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <source>Remove &quot;No answer&quot; mark</source>
        <translation>Снять метку «Без ответа»</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Создать клиента (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Добавить номер клиенту…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не настроен.</translation>
    </message>
    <message>
        <source>Call back at…</source>
        <translation>Перезвонить в…</translation>
    </message>
    <message>
        <source>Plan a call back: a new event with the client and a reminder (Ctrl+Shift+E)</source>
        <translation>Запланировать перезвон: новое событие с клиентом и напоминанием (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Call details (F8)</source>
        <translation>Сведения о звонке (F8)</translation>
    </message>
    <message>
        <source>Show or hide the call details panel (F8)</source>
        <translation>Показать или скрыть сведения о звонке (F8)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exporting needs the Export permission (Administration).</source>
        <translation>Для выгрузки нужно право «Выгрузка» (Администрирование).</translation>
    </message>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Для создания и изменения клиентов нужно право (Администрирование).</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Колонки…</translation>
    </message>
    <message>
        <source>Call back: {who}</source>
        <translation>Перезвонить: {who}</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Период…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>Первичные обращения</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Незарегистрированные</translation>
    </message>
    <message>
        <source>Show internal calls</source>
        <translation>Показывать внутренние звонки</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Мои звонки</translation>
    </message>
    <message>
        <source>Client, employee or number</source>
        <translation>Клиент, сотрудник или номер</translation>
    </message>
    <message>
        <source>Search: client, employee or number (Ctrl+F)</source>
        <translation>Поиск: клиент, сотрудник или номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Звонков: {count}</translation>
    </message>
    <message>
        <source>↑ New calls: {count}</source>
        <translation>↑ Новых звонков: {count}</translation>
    </message>
    <message>
        <source>New calls: {count} — refresh (F5)</source>
        <translation>Новых звонков: {count} — обновите (F5)</translation>
    </message>
    <message>
        <source>Call the selected call&apos;s number</source>
        <translation>Позвонить на номер выбранного звонка</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Журнал звонков</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Needs attention: missed and not called back that day</source>
        <translation>Требует внимания: пропущен и не перезвонили в тот же день</translation>
    </message>
    <message>
        <source>First contact: the number was unknown at the time of the call</source>
        <translation>Первичное обращение: номер был неизвестен на момент звонка</translation>
    </message>
    <message>
        <source>Has a comment</source>
        <translation>Есть комментарий</translation>
    </message>
    <message>
        <source>The employee on the call is the client&apos;s responsible manager</source>
        <translation>Сотрудник на звонке — ответственный менеджер клиента</translation>
    </message>
    <message>
        <source>The call has a recording (the side panel plays it)</source>
        <translation>У звонка есть запись (её проигрывает панель сведений)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the letter (Ctrl+Enter)</source>
        <translation>Отправить письмо (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Attach files of the card:</source>
        <translation>Приложить файлы карточки:</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>New list</source>
        <translation>Новый список</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Удалить список</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Hide clients with this value</source>
        <translation>Скрывать клиентов с этим значением</translation>
    </message>
    <message>
        <source>Clients whose card holds an item marked here are left out of the client table until &quot;Show hidden&quot; is on (e.g. statuses &quot;Closed&quot;, &quot;Not our client&quot;).</source>
        <translation>Клиенты, у которых в карточке выбран отмеченный здесь элемент, не показываются в таблице клиентов, пока не включено «Показать скрытых» (например, статусы «Закрыт», «Не наш клиент»).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить элемент</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить элемент</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Сохранить список</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Элементы:</translation>
    </message>
    <message>
        <source>Reusable lists for card fields of the type &quot;One item of a list&quot;: a status, a source… Renaming an item renames it on every card.</source>
        <translation>Списки для полей карточки типа «Элемент списка»: статус, источник… Переименованный элемент меняется сразу во всех карточках.</translation>
    </message>
    <message>
        <source>No card field uses this list yet.</source>
        <translation>Пока ни одно поле карточки не использует этот список.</translation>
    </message>
    <message>
        <source>Used by the fields: {0}</source>
        <translation>Используется в полях: {0}</translation>
    </message>
    <message>
        <source>The list was saved.</source>
        <translation>Список сохранён.</translation>
    </message>
    <message>
        <source>The list was deleted.</source>
        <translation>Список удалён.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CallDesk — log in</source>
        <translation>CallDesk — вход</translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>MailAndFilesPage</name>
    <message>
        <source>Mail server for letters from the client card</source>
        <translation>Почтовый сервер для писем из карточки клиента</translation>
    </message>
    <message>
        <source>empty: letters open the mail client</source>
        <translation>пусто: письма открываются в почтовой программе</translation>
    </message>
    <message>
        <source>none (not recommended)</source>
        <translation>без шифрования (не рекомендуется)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>без изменений (хранится в хранилище паролей)</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>сертификаты системы</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Файл сертификата ЦС:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикрепленные файлы</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>empty: in the database</source>
        <translation>пусто: в базе данных</translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation>Наибольший файл:</translation>
    </message>
    <message>
        <source>File store folder:</source>
        <translation>Папка хранилища файлов:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <source>Log out and log in as another employee (Ctrl+Shift+L)</source>
        <translation>Выйти и войти под другим сотрудником (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Close form</source>
        <translation>Закрыть форму</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>Show my missed calls in the journal</source>
        <translation>Показать мои пропущенные звонки в журнале</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Simulate an incoming call</source>
        <translation>Имитировать входящий звонок</translation>
    </message>
    <message>
        <source>A client of the demo database calls you now (one also calls every minute while you are not on a call). Ctrl+Shift+I</source>
        <translation>Сейчас вам позвонит клиент из демонстрационной базы (пока вы не разговариваете, клиенты звонят и сами — раз в минуту). Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Open the callers waiting for a call back</source>
        <translation>Открыть список ждущих перезвона</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Overdue callbacks: {count}</source>
        <translation>Просрочено перезвонов: {count}</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>Missed: {count}</source>
        <translation>Пропущенных: {count}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>бухгалтер</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Журнал звонков</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Справка (F1)</translation>
    </message>
    <message>
        <source>Settings saved. Restart CallDesk to switch the language.</source>
        <translation>Настройки сохранены. Перезапустите CallDesk, чтобы сменить язык.</translation>
    </message>
    <message>
        <source>No connection to the database, retrying…</source>
        <translation>Нет связи с базой данных, повторяем…</translation>
    </message>
</context>
<context>
    <name>OperatorsBoard</name>
    <message>
        <source>Ready</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Разговаривает</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>ready {count}</source>
        <translation>свободны {count}</translation>
    </message>
    <message>
        <source>talking {count}</source>
        <translation>говорят {count}</translation>
    </message>
    <message>
        <source>ringing {count}</source>
        <translation>звонит {count}</translation>
    </message>
    <message>
        <source>paused {count}</source>
        <translation>на паузе {count}</translation>
    </message>
    <message>
        <source>Operators: {states}</source>
        <translation>Операторы: {states}</translation>
    </message>
</context>
<context>
    <name>PauseControl</name>
    <message>
        <source>Ready</source>
        <translation>В работу</translation>
    </message>
    <message>
        <source>{reason} (with a note)…</source>
        <translation>{reason} (с пояснением)…</translation>
    </message>
    <message>
        <source>Ready for calls. Choose a pause reason to pause.</source>
        <translation>Готов принимать звонки. Выберите причину, чтобы уйти на паузу.</translation>
    </message>
    <message>
        <source>Pause: {reason} {time}</source>
        <translation>Пауза: {reason} {time}</translation>
    </message>
    <message>
        <source>On pause. Choose Ready to take calls again.</source>
        <translation>На паузе. Выберите «В работу», чтобы снова принимать звонки.</translation>
    </message>
    <message>
        <source>Ready — not saved yet</source>
        <translation>В работу — не сохранено</translation>
    </message>
    <message>
        <source>Ready — saving…</source>
        <translation>В работу — сохраняется…</translation>
    </message>
    <message>
        <source>Pause: {reason} — not saved yet</source>
        <translation>Пауза: {reason} — не сохранена</translation>
    </message>
    <message>
        <source>Pause: {reason} — saving…</source>
        <translation>Пауза: {reason} — сохраняется…</translation>
    </message>
    <message>
        <source>Not saved yet: the database does not answer. It is saved as soon as the database is back; choose again to change it.</source>
        <translation>Ещё не сохранено: база данных не отвечает. Сохранится, как только база данных снова будет доступна; чтобы изменить, выберите ещё раз.</translation>
    </message>
    <message>
        <source>Being saved. The new state counts once it is saved.</source>
        <translation>Сохраняется. Новое состояние действует после сохранения.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>What is the pause for?</source>
        <translation>Причина паузы:</translation>
    </message>
    <message>
        <source>Ready was not saved: {reason}</source>
        <translation>«В работу» не сохранено: {reason}</translation>
    </message>
    <message>
        <source>The pause ({pause}) was not saved: {reason}</source>
        <translation>Пауза ({pause}) не сохранена: {reason}</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>хранится в связке ключей этого компьютера</translation>
    </message>
    <message>
        <source>Read channel events (cel): who hung up</source>
        <translation>Читать события каналов (cel): кто положил трубку</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. ^PJSIP/trunk-. Empty: any non-extension channel.</source>
        <translation>Один шаблон в строке, например ^PJSIP/trunk-. Пусто: любой канал, не являющийся внутренним номером.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Call records (cdr):</source>
        <translation>Записи о звонках (cdr):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Queue log:</source>
        <translation>Журнал очередей:</translation>
    </message>
    <message>
        <source>Trunk channels:</source>
        <translation>Каналы транков:</translation>
    </message>
    <message>
        <source>PBX time zone:</source>
        <translation>Часовой пояс АТС:</translation>
    </message>
    <message>
        <source>Recordings:</source>
        <translation>Записи разговоров:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Reads a few of the newest records and shows the calls they would become</source>
        <translation>Читает несколько последних записей и показывает, какими звонками они станут</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Ожидание, с</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Разговор, с</translation>
    </message>
    <message>
        <source>Parts / records</source>
        <translation>Части / записи</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Завершил</translation>
    </message>
    <message>
        <source>Connection of the collector</source>
        <translation>Подключение сборщика</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Последний сигнал:</translation>
    </message>
    <message>
        <source>Behind:</source>
        <translation>Отставание:</translation>
    </message>
    <message>
        <source>Since start:</source>
        <translation>С начала работы:</translation>
    </message>
    <message>
        <source>Last errors:</source>
        <translation>Последние ошибки:</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Сборщик звонков АТС</translation>
    </message>
    <message>
        <source>Saved. The collector reads these settings when it starts.</source>
        <translation>Записано. Сборщик прочитает эти настройки при запуске.</translation>
    </message>
    <message>
        <source>Enter where the call records are first.</source>
        <translation>Сначала укажите, где находятся записи о звонках.</translation>
    </message>
    <message>
        <source>Reading the PBX&apos;s newest records…</source>
        <translation>Читаются последние записи АТС…</translation>
    </message>
    <message>
        <source>The PBX records cannot be read: {reason}</source>
        <translation>Записи АТС не удается прочитать: {reason}</translation>
    </message>
    <message>
        <source>{rows} records read ({bad} not usable): the newest {calls} calls below.</source>
        <translation>Прочитано записей: {rows} (непригодных: {bad}); последние звонки ниже: {calls}.</translation>
    </message>
    <message>
        <source>no collector has run yet</source>
        <translation>сборщик ещё не запускался</translation>
    </message>
    <message>
        <source>running on {holder}</source>
        <translation>работает на {holder}</translation>
    </message>
    <message>
        <source>retrying a lost connection on {holder}</source>
        <translation>восстанавливает связь на {holder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>{minutes} min (records up to {moment})</source>
        <translation>{minutes} мин (записи по {moment})</translation>
    </message>
    <message>
        <source>{rows} records read, {calls} calls and {parts} parts written, {skipped} skipped</source>
        <translation>прочитано записей: {rows}, записано звонков: {calls}, частей: {parts}, пропущено: {skipped}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>По (включительно):</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>A role fills its preset of permissions; each toggle may then differ. Hover over a column&apos;s title for what it allows. An employee gets the new permissions at their next login.</source>
        <translation>Роль задаёт набор прав по умолчанию; затем каждое право можно изменить отдельно. Наведите указатель на заголовок столбца, чтобы узнать, что оно разрешает. Сотрудник получит новые права при следующем входе.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Сохранить изменённые строки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Drop the changes and read the list again</source>
        <translation>Отбросить изменения и перечитать список</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивен)</translation>
    </message>
    <message>
        <source>Choosing a role fills the row with its preset.</source>
        <translation>Выбор роли заполняет строку её набором прав.</translation>
    </message>
    <message>
        <source>Changed rows: {count}</source>
        <translation>Изменено строк: {count}</translation>
    </message>
    <message>
        <source>Saved: {count} employees.</source>
        <translation>Сохранено сотрудников: {count}.</translation>
    </message>
</context>
<context>
    <name>PlaybackEngine</name>
    <message>
        <source>The audio player (libVLC) could not be started.</source>
        <translation>Не удалось запустить аудиоплеер (libVLC).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Папка с файлами</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <source>Previous part</source>
        <translation>Предыдущая часть</translation>
    </message>
    <message>
        <source>Back 10 s</source>
        <translation>Назад на 10 с</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Воспроизведение / пауза (Пробел)</translation>
    </message>
    <message>
        <source>Forward 10 s</source>
        <translation>Вперед на 10 с</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Следующая часть</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Скачать записи</translation>
    </message>
    <message>
        <source>Download this part…</source>
        <translation>Скачать эту часть…</translation>
    </message>
    <message>
        <source>Download all parts…</source>
        <translation>Скачать все части…</translation>
    </message>
    <message>
        <source>Download as one file…</source>
        <translation>Скачать одним файлом…</translation>
    </message>
    <message>
        <source>All parts of the call joined into one WAV file</source>
        <translation>Все части звонка, склеенные в один файл WAV</translation>
    </message>
    <message>
        <source>The whole call; a tick marks each transfer</source>
        <translation>Весь звонок; риской отмечен каждый перевод</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Воспроизведение / пауза</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>No recording: not on the timeline</source>
        <translation>Нет записи — часть не показана на шкале</translation>
    </message>
    <message>
        <source>Listening to recordings needs the permission (Administration).</source>
        <translation>Для прослушивания записей нужно право (Администрирование).</translation>
    </message>
    <message>
        <source>Downloading recordings needs the permission (Administration).</source>
        <translation>Для скачивания записей нужно право (Администрирование).</translation>
    </message>
    <message>
        <source>{why}

Download the parts as separate files instead?</source>
        <translation>{why}

Скачать части отдельными файлами?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The recording cannot be opened: {error}</source>
        <translation>Запись не открывается: {error}</translation>
    </message>
    <message>
        <source>Part {n}: {text}</source>
        <translation>Часть {n}: {text}</translation>
    </message>
    <message>
        <source>The recording {name} cannot be played: it is damaged or in an unknown format.</source>
        <translation>Запись {name} не воспроизводится: файл поврежден или в неизвестном формате.</translation>
    </message>
    <message>
        <source>No audio device: the recording plays without sound. Connect speakers or a headset and check the system&apos;s sound settings, or download the recording.</source>
        <translation>Нет аудиоустройства: запись воспроизводится без звука. Подключите колонки или гарнитуру и проверьте настройки звука системы или скачайте запись.</translation>
    </message>
    <message>
        <source>Part {n}: {name}, from {start}</source>
        <translation>Часть {n}: {name}, с {start}</translation>
    </message>
    <message>
        <source>Save recordings to</source>
        <translation>Сохранить записи в папку</translation>
    </message>
    <message>
        <source>Download as one file</source>
        <translation>Скачать одним файлом</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>Файл {name} уже есть в папке {folder}.

Заменить его?</translation>
    </message>
    <message>
        <source>{count} file(s) already exist in {folder}:
{names}

Replace them?</source>
        <translation>В папке {folder} уже есть файлы ({count}):
{names}

Заменить их?</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <source>Saved: {names}</source>
        <translation>Сохранено: {names}</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Скачивание отменено.</translation>
    </message>
    <message>
        <source>The download failed: {error}</source>
        <translation>Скачать не удалось: {error}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Task, {time}</source>
        <translation>Задача, {time}</translation>
    </message>
    <message>
        <source>{time} — overdue</source>
        <translation>{time} — просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Later ({minutes} min)</source>
        <translation>Позже ({minutes} мин)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Закрыть все</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Answered</source>
        <translation>Принятые</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Calls by status and service level</source>
        <translation>Звонки по статусам и уровень обслуживания</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Уровень обслуживания, %</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Принято входящих</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Сделано исходящих</translation>
    </message>
    <message>
        <source>Missed on duty</source>
        <translation>Пропущено на смене</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Звонки по операторам</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Пропущенные звонки и перезвоны</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошенные</translation>
    </message>
    <message>
        <source>Wait before answer or abandon, s</source>
        <translation>Ожидание до ответа или отказа, с</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Client cards by manager</source>
        <translation>Карточки клиентов по менеджерам</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>{day} {hour}:00 — offered {offered}, answered {answered}, lost {lost}</source>
        <translation>{day} {hour}:00 — поступило {offered}, принято {answered}, потеряно {lost}</translation>
    </message>
    <message>
        <source>Offered calls by weekday and hour; double-click a cell for its calls</source>
        <translation>Поступившие звонки по дням недели и часам; двойной щелчок по клетке — её звонки</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Double-click to see these calls in the journal</source>
        <translation>Двойной щелчок — эти звонки в журнале</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Без разбивки</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Час дня</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущенные</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренние</translation>
    </message>
    <message>
        <source>Who ended the calls: {causes}</source>
        <translation>Кто завершил звонки: {causes}</translation>
    </message>
    <message>
        <source>Incoming calls nobody answered: {outcomes}</source>
        <translation>Входящие без ответа: {outcomes}</translation>
    </message>
    <message>
        <source>Outgoing calls not answered: {outcomes}</source>
        <translation>Исходящие без ответа: {outcomes}</translation>
    </message>
    <message>
        <source>More rows</source>
        <translation>Ещё строки</translation>
    </message>
    <message>
        <source>Build (F5)</source>
        <translation>Сформировать (F5)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Exporting and printing need the Export permission (Administration).</source>
        <translation>Для выгрузки и печати нужно право «Выгрузка» (Администрирование).</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own (the permission to see all calls, Administration).</source>
        <translation>Этот отчёт охватывает звонки всех операторов, а вам доступны только ваши (право «Видеть все звонки», Администрирование).</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>Операторы:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Your reports cover only your own calls.</source>
        <translation>Ваши отчёты охватывают только ваши звонки.</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Звонки:</translation>
    </message>
    <message>
        <source>incoming and outgoing</source>
        <translation>входящие и исходящие</translation>
    </message>
    <message>
        <source>Queue: all</source>
        <translation>Очередь: все</translation>
    </message>
    <message>
        <source>DID: all</source>
        <translation>Номер линии: все</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>Несколько значений через запятую</translation>
    </message>
    <message>
        <source>Calls at least:</source>
        <translation>Звонков не менее:</translation>
    </message>
    <message>
        <source>within days:</source>
        <translation>за дней:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Разбивка:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Отчет формируется…</translation>
    </message>
    <message>
        <source>No calls or cards in this period for these filters.</source>
        <translation>За этот период с этими условиями нет ни звонков, ни карточек.</translation>
    </message>
    <message>
        <source>No tasks in this period for these filters.</source>
        <translation>За этот период с этими условиями задач нет.</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Строк: {count}</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Times are the database server&apos;s: a workstation&apos;s clock cannot change them.</source>
        <translation>{title}: {start} – {end}. Время — по серверу базы данных: часы рабочего места его не меняют.</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Time zone: {zone}. Service level: answered within {sl} s. Abandons shorter than {short} s are not counted as lost.</source>
        <translation>{title}: {start} – {end}. Часовой пояс: {zone}. Уровень обслуживания: ответ за {sl} с. Брошенные быстрее {short} с не считаются потерянными.</translation>
    </message>
    <message>
        <source>{report}: {column}</source>
        <translation>{report}: {column}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Не удалось записать файл: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Выгрузка в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>week {week}, from {day}</source>
        <translation>неделя {week}, с {day}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message>
        <source>More calls</source>
        <translation>Ещё звонки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Звонков: {count}</translation>
    </message>
</context>
<context>
    <name>SelectionModel</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>Номер линии</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>A new language applies after CallDesk is restarted.</source>
        <translation>Новый язык применяется после перезапуска CallDesk.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>Файл настроек: {path}</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема оформления:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>Настройки не сохранены: {error}</translation>
    </message>
</context>
<context>
    <name>SipAccountBox</name>
    <message>
        <source>SIP account (softphone)</source>
        <translation>Учётная запись SIP (софтфон)</translation>
    </message>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>например, 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>как внутренний номер</translation>
    </message>
    <message>
        <source>the employee&apos;s full name</source>
        <translation>ФИО сотрудника</translation>
    </message>
    <message>
        <source>The password is not stored here: the employee types it once on each computer, which keeps it in its system keyring.</source>
        <translation>Пароль здесь не хранится: сотрудник вводит его один раз на каждом компьютере, и тот хранит его в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>АТС (регистратор):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>SIP user (extension):</source>
        <translation>Пользователь SIP (внутренний номер):</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Пользователь для аутентификации:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Транспорт:</translation>
    </message>
</context>
<context>
    <name>SipPasswordDialog</name>
    <message>
        <source>SIP password</source>
        <translation>Пароль SIP</translation>
    </message>
    <message>
        <source>Your softphone registers as {account}. This computer does not know its password yet.</source>
        <translation>Ваш софтфон регистрируется как {account}. Этот компьютер ещё не знает его пароль.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Kept in the system keyring of this computer, never in a file</source>
        <translation>Хранится в системном хранилище паролей этого компьютера, никогда в файле</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>SipStatusLabel</name>
    <message>
        <source>Click to register again</source>
        <translation>Нажмите, чтобы зарегистрироваться заново</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>на удержании</translation>
    </message>
    <message>
        <source>held by the other side</source>
        <translation>удержан собеседником</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>вызов…</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>соединение…</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>разговор</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершен</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>микрофон выключен</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультация</translation>
    </message>
    <message>
        <source>Number (Ctrl+D)</source>
        <translation>Номер (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Положить трубку</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выкл. микрофон</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Консультация…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Завершить перевод</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>Отменить консультацию</translation>
    </message>
    <message>
        <source>DTMF…</source>
        <translation>Тональный набор…</translation>
    </message>
    <message>
        <source>Microphone volume</source>
        <translation>Громкость микрофона</translation>
    </message>
    <message>
        <source>Headset volume</source>
        <translation>Громкость гарнитуры</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Уровень сейчас</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>Этот звонок записывается</translation>
    </message>
    <message>
        <source>Calls are recorded</source>
        <translation>Звонки записываются</translation>
    </message>
    <message>
        <source>Unhold</source>
        <translation>Снять с удержания</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Вкл. микрофон</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Перевести звонок на номер:</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Call a colleague first:</source>
        <translation>Сначала позвонить коллеге:</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>Тональный набор</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Цифры для отправки (0-9, *, #):</translation>
    </message>
    <message>
        <source>No audio device</source>
        <translation>Нет звукового устройства</translation>
    </message>
    <message>
        <source>Audio: {problem}</source>
        <translation>Звук: {problem}</translation>
    </message>
</context>
<context>
    <name>SoftphoneRefusal</name>
    <message>
        <source>The call has already ended.</source>
        <translation>Звонок уже завершён.</translation>
    </message>
    <message>
        <source>The call cannot do that now: it may be ringing, on hold or ending.</source>
        <translation>Сейчас со звонком этого сделать нельзя: он ещё звонит, на удержании или завершается.</translation>
    </message>
    <message>
        <source>This number cannot be dialled: check it for stray characters.</source>
        <translation>Этот номер нельзя набрать: проверьте, нет ли в нём лишних символов.</translation>
    </message>
    <message>
        <source>No connection to the PBX: check the network and the PBX address in Settings.</source>
        <translation>Нет связи с АТС: проверьте сеть и адрес АТС в настройках.</translation>
    </message>
    <message>
        <source>The softphone is not connected: set it up in Settings → Softphone.</source>
        <translation>Софтфон не подключён: настройте его в «Настройки → Софтфон».</translation>
    </message>
    <message>
        <source>Too many calls at once: end one of them first.</source>
        <translation>Слишком много звонков одновременно: сначала завершите один из них.</translation>
    </message>
    <message>
        <source>The softphone could not do it ({detail}).</source>
        <translation>Софтфон не смог это сделать ({detail}).</translation>
    </message>
</context>
<context>
    <name>SoftphoneSession</name>
    <message>
        <source>Softphone: {error}</source>
        <translation>Софтфон: {error}</translation>
    </message>
    <message>
        <source>Registered: {code} {reason}</source>
        <translation>Зарегистрирован: {code} {reason}</translation>
    </message>
    <message>
        <source>Refused: {code} {reason} — check the extension, user and password</source>
        <translation>Отказ: {code} {reason} — проверьте номер, пользователя и пароль</translation>
    </message>
    <message>
        <source>No answer from the PBX ({code}): check the address, port and transport</source>
        <translation>АТС не отвечает ({code}): проверьте адрес, порт и транспорт</translation>
    </message>
    <message>
        <source>Refused: {code} {reason}</source>
        <translation>Отказ: {code} {reason}</translation>
    </message>
    <message>
        <source>You have no SIP account: an administrator sets it in Administration, Users.</source>
        <translation>У вас нет учётной записи SIP: её задаёт администратор в разделе «Администрирование», «Пользователи».</translation>
    </message>
    <message>
        <source>The softphone is not registered on the PBX.</source>
        <translation>Софтфон не зарегистрирован на АТС.</translation>
    </message>
    <message>
        <source>Softphone: not configured</source>
        <translation>Телефон: не настроен</translation>
    </message>
    <message>
        <source>SIP {user}: registered</source>
        <translation>SIP {user}: зарегистрирован</translation>
    </message>
    <message>
        <source>SIP {user}: registering…</source>
        <translation>SIP {user}: регистрация…</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason} — check the password</source>
        <translation>SIP {user}: {code} {reason} — проверьте пароль</translation>
    </message>
    <message>
        <source>SIP {user}: no answer from the PBX ({code}), retrying</source>
        <translation>SIP {user}: АТС не отвечает ({code}), повторяем</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason}, retrying</source>
        <translation>SIP {user}: {code} {reason}, повторяем</translation>
    </message>
    <message>
        <source>SIP {user}: ready (no registration)</source>
        <translation>SIP {user}: готов (без регистрации)</translation>
    </message>
    <message>
        <source>SIP {user}: not registered</source>
        <translation>SIP {user}: не зарегистрирован</translation>
    </message>
    <message>
        <source>The PBX was not told: {error}</source>
        <translation>АТС не получила сигнал: {error}</translation>
    </message>
    <message>
        <source>New client card for {number}</source>
        <translation>Новая карточка клиента для {number}</translation>
    </message>
    <message>
        <source>The call was not written to the journal: {error}</source>
        <translation>Звонок не записан в журнал: {error}</translation>
    </message>
</context>
<context>
    <name>SoftphoneSettingsPage</name>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>например, 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>как внутренний номер</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>International (+79161234567)</source>
        <translation>Международный (+79161234567)</translation>
    </message>
    <message>
        <source>National (89161234567)</source>
        <translation>Национальный (89161234567)</translation>
    </message>
    <message>
        <source>e.g. *46</source>
        <translation>например, *46</translation>
    </message>
    <message>
        <source>e.g. *47</source>
        <translation>например, *47</translation>
    </message>
    <message>
        <source>as the company</source>
        <translation>как в компании</translation>
    </message>
    <message>
        <source>my own:</source>
        <translation>своя:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>АТС (регистратор):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Внутренний номер:</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Пользователь для авторизации:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <source>Outside-line prefix:</source>
        <translation>Префикс выхода в город:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Формат номера:</translation>
    </message>
    <message>
        <source>Pause feature code:</source>
        <translation>Код паузы на АТС:</translation>
    </message>
    <message>
        <source>Back-to-work feature code:</source>
        <translation>Код возврата в работу:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Пауза на обработку после звонка:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>Speaker (headset):</source>
        <translation>Динамик (гарнитура):</translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation>Звонок:</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Проверить регистрацию</translation>
    </message>
    <message>
        <source>No audio device: {problem}</source>
        <translation>Нет звукового устройства: {problem}</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(по умолчанию в системе)</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (не подключено)</translation>
    </message>
    <message>
        <source>stored in the system keyring; type to change</source>
        <translation>хранится в системном хранилище паролей; введите, чтобы сменить</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>будет храниться в системном хранилище паролей</translation>
    </message>
    <message>
        <source>You have no SIP account. An administrator sets it in Administration, Users; it then follows you to any computer you log in at.</source>
        <translation>У вас нет учётной записи SIP. Её задаёт администратор в разделе «Администрирование», «Пользователи»; затем она работает на любом компьютере, где вы входите.</translation>
    </message>
    <message>
        <source>Your SIP account {account} is set by an administrator and follows you to any computer you log in at. Its password is kept on this computer.</source>
        <translation>Вашу учётную запись SIP {account} задаёт администратор, и она работает на любом компьютере, где вы входите. Её пароль хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>You have no SIP account.</source>
        <translation>У вас нет учётной записи SIP.</translation>
    </message>
    <message>
        <source>Fill in the PBX address and the extension first.</source>
        <translation>Сначала укажите адрес АТС и внутренний номер.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
</context>
<context>
    <name>SoftphoneStart</name>
    <message>
        <source>SIP account</source>
        <translation>Учётная запись SIP</translation>
    </message>
    <message>
        <source>This computer has the SIP account {account}, but you have none. Keep it as yours? It will then follow you to any computer you log in at.</source>
        <translation>На этом компьютере настроена учётная запись SIP {account}, а у вас её нет. Сделать её вашей? Тогда она будет работать на любом компьютере, где вы входите.</translation>
    </message>
    <message>
        <source>The softphone waits for your SIP password: click its state to enter it.</source>
        <translation>Софтфон ждёт ваш пароль SIP: щёлкните по его состоянию, чтобы ввести пароль.</translation>
    </message>
    <message>
        <source>SIP {user}: password needed</source>
        <translation>SIP {user}: нужен пароль</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Show only calls with these statuses</source>
        <translation>Показывать только звонки с этими статусами</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Статус: любой</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Statuses: {count}</source>
        <translation>Статусы: {count}</translation>
    </message>
</context>
<context>
    <name>TaskBoardForm</name>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>To «{column}»</source>
        <translation>В «{column}»</translation>
    </message>
    <message>
        <source>Group by assignee</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <source>One lane per assignee; drop a card on another lane to give it to them</source>
        <translation>Своя полоса у каждого исполнителя; перетащите карточку на чужую полосу, чтобы передать задачу</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source> Assignee: </source>
        <translation> Исполнитель: </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>due {moment}</source>
        <translation>срок {moment}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Затрачено часов</translation>
    </message>
    <message>
        <source>Hours spent on «{title}»:</source>
        <translation>Сколько часов затрачено на «{title}»:</translation>
    </message>
    <message>
        <source>Another assignee</source>
        <translation>Другой исполнитель</translation>
    </message>
    <message>
        <source>Give «{title}» to {assignee}?</source>
        <translation>Передать «{title}» исполнителю {assignee}?</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Remind:</source>
        <translation>Напомнить:</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Добавить клиента…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Attach the current client filter</source>
        <translation>Прикрепить текущий отбор клиентов</translation>
    </message>
    <message>
        <source>Open the filtered clients</source>
        <translation>Открыть отобранных клиентов</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Клиенты:</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Напишите комментарий и нажмите Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>Задача: {title}</translation>
    </message>
    <message>
        <source>{hours} h spent</source>
        <translation>затрачено {hours} ч</translation>
    </message>
    <message>
        <source>Client filter: {filter}</source>
        <translation>Отбор клиентов: {filter}</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Client name contains:</source>
        <translation>Название клиента содержит:</translation>
    </message>
    <message>
        <source>No client&apos;s name contains «{text}».</source>
        <translation>Нет клиента, название которого содержит «{text}».</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Поиск в названиях и описаниях</translation>
    </message>
    <message>
        <source>Save to Excel…</source>
        <translation>Сохранить в Excel…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>{column}: all</source>
        <translation>{column}: все</translation>
    </message>
    <message>
        <source>Tasks: {count}</source>
        <translation>Задач: {count}</translation>
    </message>
    <message>
        <source>Save to Excel</source>
        <translation>Сохранить в Excel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
</context>
<context>
    <name>TaskReportFilters</name>
    <message>
        <source>by due date</source>
        <translation>по сроку</translation>
    </message>
    <message>
        <source>by creation date</source>
        <translation>по дате создания</translation>
    </message>
    <message>
        <source>assignee or creator</source>
        <translation>исполнитель или автор</translation>
    </message>
    <message>
        <source>as assignee</source>
        <translation>как исполнитель</translation>
    </message>
    <message>
        <source>as creator</source>
        <translation>как автор</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Поиск в названиях и описаниях</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Задачи:</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} из {total}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Choosing a role gives its permissions; change them on the Permissions page.</source>
        <translation>Выбор роли даёт её права; изменить их можно на странице «Права доступа».</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Внутренний номер:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>ValueFilterPopup</name>
    <message>
        <source>Sort A to Z</source>
        <translation>Сортировка от А до Я</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>Сортировка от Я до А</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Поиск значений</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Выбрать все показанные</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Загрузка значений…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>More values than listed: type to narrow the list.</source>
        <translation>Значений больше, чем показано: введите текст, чтобы сузить список.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>Нет значений.</translation>
    </message>
    <message>
        <source>Tick values, or type a part of the text and Apply with none ticked.</source>
        <translation>Отметьте значения или введите часть текста и нажмите «Применить», ничего не отмечая.</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>responsible managers: {count}</source>
        <translation>ответственных менеджеров: {count}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Saved views: filters, search and sort</source>
        <translation>Сохранённые представления: отборы, поиск и сортировка</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить представление…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить отборы</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Представление:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(не сохранено)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Name of the view (the filters, the search and the sort):</source>
        <translation>Название представления (отборы, поиск и сортировка):</translation>
    </message>
    <message>
        <source>Delete the view «{0}»?</source>
        <translation>Удалить представление «{0}»?</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Первый звонок</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Последний звонок</translation>
    </message>
    <message>
        <source>Waited in all</source>
        <translation>Ждал всего</translation>
    </message>
    <message>
        <source>Calls back</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>В работе у</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>просрочено на {time}</translation>
    </message>
    <message>
        <source>Call back by {time}</source>
        <translation>Перезвонить до {time}</translation>
    </message>
    <message>
        <source>{count} unanswered</source>
        <translation>{count} без ответа</translation>
    </message>
    <message>
        <source>{employee} until {time}</source>
        <translation>{employee} до {time}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
</context>
<context>
    <name>_RegistrationDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>бухгалтер</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>One item of a list</source>
        <translation>Элемент списка</translation>
    </message>
    <message>
        <source>Lines of text</source>
        <translation>Строки текста</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Multi-select</source>
        <translation>Множественный выбор</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Флажки</translation>
    </message>
    <message>
        <source>Data will be lost</source>
        <translation>Данные будут потеряны</translation>
    </message>
    <message>
        <source>The change clears the value on {0} client cards. This cannot be undone (the cards&apos; history keeps the old values). Continue?</source>
        <translation>Изменение очистит значение в карточках клиентов: {0}. Отменить это нельзя (старые значения останутся в истории карточек). Продолжить?</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеты</translation>
    </message>
    <message>
        <source>The Reports section.</source>
        <translation>Раздел «Отчеты».</translation>
    </message>
    <message>
        <source>Create and edit clients</source>
        <translation>Создание и изменение клиентов</translation>
    </message>
    <message>
        <source>Create client cards, change them, assign numbers. Without it: view only.</source>
        <translation>Создавать карточки клиентов, изменять их, присваивать номера. Без этого права — только просмотр.</translation>
    </message>
    <message>
        <source>Delete clients</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message>
        <source>Delete client cards.</source>
        <translation>Удалять карточки клиентов.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Import clients from Excel or CSV files.</source>
        <translation>Загружать клиентов из файлов Excel или CSV.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Users, permissions, groups, card fields and settings.</source>
        <translation>Пользователи, права, группы, поля карточки и настройки.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>The Tasks section: create and change tasks.</source>
        <translation>Раздел «Задачи»: создание и изменение задач.</translation>
    </message>
    <message>
        <source>See all calls</source>
        <translation>Видеть все звонки</translation>
    </message>
    <message>
        <source>Every call in the journal, cards, pop-up, search, exports and reports. Without it: only the calls the employee took part in.</source>
        <translation>Все звонки в журнале, карточках, всплывающем окне, поиске, выгрузках и отчётах. Без этого права — только звонки, в которых участвовал сотрудник.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Save the journal, clients and reports to Excel or CSV, print reports.</source>
        <translation>Выгружать журнал, клиентов и отчёты в Excel или CSV, печатать отчёты.</translation>
    </message>
    <message>
        <source>Listen to recordings</source>
        <translation>Прослушивание записей</translation>
    </message>
    <message>
        <source>Play the recordings of the calls the employee may see.</source>
        <translation>Слушать записи звонков, доступных сотруднику.</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Скачивание записей</translation>
    </message>
    <message>
        <source>Save recordings to files.</source>
        <translation>Сохранять записи в файлы.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Эта учетная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The comment has {length} characters; at most {limit} are allowed. Shorten it — nothing was saved.</source>
        <translation>В комментарии {length} символов, допускается не более {limit}. Сократите его — ничего не сохранено.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} at {time} while you were editing it.</source>
        <translation>Пока вы редактировали комментарий, его изменил {employee} в {time}.</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} while you were editing it.</source>
        <translation>Пока вы редактировали комментарий, его изменил {employee}.</translation>
    </message>
    <message>
        <source>Call {call_id} does not exist (it may have been deleted).</source>
        <translation>Звонок {call_id} не найден (возможно, он удален).</translation>
    </message>
    <message>
        <source>Call {call_id} is not one of your calls.</source>
        <translation>Звонок {call_id} не относится к вашим звонкам.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Период заканчивается раньше, чем начинается: проверьте даты.</translation>
    </message>
    <message>
        <source>The period is longer than {years} years: choose a shorter one.</source>
        <translation>Период длиннее {years} лет: выберите период короче.</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; at most {limit} are allowed. Type a name or a part of the number.</source>
        <translation>Текст поиска длиной {length} символов, допускается не более {limit}. Введите имя или часть номера.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <source>{number} is an internal extension, not a client number.</source>
        <translation>{number} — внутренний номер, а не номер клиента.</translation>
    </message>
    <message>
        <source>{number} is not a phone number.</source>
        <translation>{number} не является номером телефона.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number.</source>
        <translation>{number} — недействительный номер телефона.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee} at {time}.</source>
        <translation>Номер {number} уже присвоен клиенту {client} пользователем {employee} {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee}.</source>
        <translation>Номер {number} уже присвоен клиенту {client} пользователем {employee}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} at {time}.</source>
        <translation>Номер {number} уже присвоен клиенту {client} {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client}.</source>
        <translation>Номер {number} уже присвоен клиенту {client}.</translation>
    </message>
    <message>
        <source>{number} is an internal extension; only client numbers can be registered.</source>
        <translation>{number} — внутренний номер; зарегистрировать можно только номера клиентов.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Введите {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters, at most {limit}).</source>
        <translation>Слишком длинное значение: {what} ({length} символов, не более {limit}).</translation>
    </message>
    <message>
        <source>The number {number} could not be saved: the client changed meanwhile.</source>
        <translation>Номер {number} не сохранен: клиент тем временем изменился.</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>название клиента</translation>
    </message>
    <message>
        <source>contact person&apos;s name</source>
        <translation>ФИО контактного лица</translation>
    </message>
    <message>
        <source>contact person&apos;s position</source>
        <translation>должность контактного лица</translation>
    </message>
    <message>
        <source>The client no longer exists (it may have been deleted).</source>
        <translation>Клиент больше не существует (возможно, он удален).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Введите название клиента.</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most {limit} characters).</source>
        <translation>Название клиента слишком длинное (не более {limit} символов).</translation>
    </message>
    <message>
        <source>Unknown kind of client: {kind}.</source>
        <translation>Неизвестный вид клиента: {kind}.</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address.</source>
        <translation>«{email}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter the contact person&apos;s name (or remove the empty row).</source>
        <translation>Введите ФИО контактного лица (или удалите пустую строку).</translation>
    </message>
    <message>
        <source>The number {number} is entered twice.</source>
        <translation>Номер {number} введен дважды.</translation>
    </message>
    <message>
        <source>Fill in the required field «{field}».</source>
        <translation>Заполните обязательное поле «{field}».</translation>
    </message>
    <message>
        <source>You may only view the field «{field}».</source>
        <translation>Поле «{field}» доступно вам только для просмотра.</translation>
    </message>
    <message>
        <source>The card has a value for a field you may not see.</source>
        <translation>В карточке есть значение поля, которое вам не разрешено видеть.</translation>
    </message>
    <message>
        <source>The contact person no longer belongs to this client.</source>
        <translation>Контактное лицо больше не относится к этому клиенту.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>дозвонились</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменен</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>Outgoing call, the other side answered</source>
        <translation>Исходящий звонок, собеседник ответил</translation>
    </message>
    <message>
        <source>Outgoing call, the line was busy</source>
        <translation>Исходящий звонок, линия была занята</translation>
    </message>
    <message>
        <source>Outgoing call, the number was unreachable or the network failed</source>
        <translation>Исходящий звонок, номер недоступен или сбой сети</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>не ответили</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонен</translation>
    </message>
    <message>
        <source>no free channels</source>
        <translation>нет свободных каналов</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>Outgoing call, our employee hung up before the other side answered</source>
        <translation>Исходящий звонок, наш сотрудник положил трубку до ответа</translation>
    </message>
    <message>
        <source>Outgoing call, it rang and the other side never picked up</source>
        <translation>Исходящий звонок, вызов шёл, но трубку так и не взяли</translation>
    </message>
    <message>
        <source>Outgoing call, the other side declined it</source>
        <translation>Исходящий звонок, абонент отклонил вызов</translation>
    </message>
    <message>
        <source>Outgoing call, no free channels (the PBX or the operator&apos;s network was full)</source>
        <translation>Исходящий звонок, нет свободных каналов (АТС или сеть оператора перегружены)</translation>
    </message>
    <message>
        <source>The operator rejected the call</source>
        <translation>Оператор отклонил звонок</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>Линия была занята</translation>
    </message>
    <message>
        <source>The phone was unreachable or the network failed</source>
        <translation>Телефон был недоступен или произошёл сбой сети</translation>
    </message>
    <message>
        <source>No free channels (SIP 503, congestion)</source>
        <translation>Нет свободных каналов (SIP 503, перегрузка)</translation>
    </message>
    <message>
        <source>{cause}. {explanation}</source>
        <translation>{cause}. {explanation}</translation>
    </message>
    <message>
        <source>The call is still going → {status}</source>
        <translation>Звонок ещё идёт → {status}</translation>
    </message>
    <message>
        <source>{reason} → {status}</source>
        <translation>{reason} → {status}</translation>
    </message>
    <message>
        <source>Internal call, answered → {status}</source>
        <translation>Внутренний звонок, ответили → {status}</translation>
    </message>
    <message>
        <source>Incoming call, answered → {status}</source>
        <translation>Входящий звонок, ответили → {status}</translation>
    </message>
    <message>
        <source>Internal call, nobody answered → {status}</source>
        <translation>Внутренний звонок, никто не ответил → {status}</translation>
    </message>
    <message>
        <source>from a client&apos;s number</source>
        <translation>с номера клиента</translation>
    </message>
    <message>
        <source>from an unknown number</source>
        <translation>с неизвестного номера</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} by {employee} the same day</source>
        <translation>Пропущенный {source}, перезвонил {employee} в {time} в тот же день</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} the same day</source>
        <translation>Пропущенный {source}, перезвонили в {time} в тот же день</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time} by {employee}</source>
        <translation>Пропущенный {source}, до 23:59 не было разговора; {employee} перезвонил только в {time}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time}</source>
        <translation>Пропущенный {source}, до 23:59 не было разговора; перезвонили только в {time}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59</source>
        <translation>Пропущенный {source}, до 23:59 не было разговора</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time} by {employee}</source>
        <translation>{explanation}; метку снял {employee} в {time}</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time}</source>
        <translation>{explanation}; метка снята в {time}</translation>
    </message>
    <message>
        <source>{explanation}; needs attention</source>
        <translation>{explanation}; требует внимания</translation>
    </message>
    <message>
        <source>«{field}» is too long (at most {limit} characters).</source>
        <translation>Значение поля «{field}» слишком длинное (не более {limit} символов).</translation>
    </message>
    <message>
        <source>«{value}» is not an item of «{field}».</source>
        <translation>«{value}» нет в списке поля «{field}».</translation>
    </message>
    <message>
        <source>«{field}» needs a number.</source>
        <translation>В поле «{field}» нужно ввести число.</translation>
    </message>
    <message>
        <source>«{field}» needs a number, not «{value}».</source>
        <translation>В поле «{field}» нужно ввести число, а не «{value}».</translation>
    </message>
    <message>
        <source>«{field}» takes numbers of at most 15 digits, not «{value}».</source>
        <translation>«{field}» принимает числа не длиннее 15 цифр, а не «{value}».</translation>
    </message>
    <message>
        <source>«{field}» needs a date like 31.12.2026, not «{value}».</source>
        <translation>В поле «{field}» нужна дата вида 31.12.2026, а не «{value}».</translation>
    </message>
    <message>
        <source>{file}: only .xlsx, .xls and .csv files can be imported.</source>
        <translation>{file}: импортировать можно только файлы .xlsx, .xls и .csv.</translation>
    </message>
    <message>
        <source>{file} has no rows.</source>
        <translation>В файле {file} нет строк.</translation>
    </message>
    <message>
        <source>{file} has a header but no rows of clients (cells with formulas Excel never calculated are empty: open the file in Excel and save it again).</source>
        <translation>В {file} есть заголовок, но нет строк с клиентами (ячейки с формулами, которые Excel не вычислил, пусты: откройте файл в Excel и сохраните его заново).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows: split it.</source>
        <translation>В файле {file} больше {limit} строк: разделите его.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; a client list has at most {limit}.</source>
        <translation>В {file} столбцов: {count}; в списке клиентов их не больше {limit}.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel file ({error}).</source>
        <translation>{file} — не читаемый файл Excel ({error}).</translation>
    </message>
    <message>
        <source>{file}: unknown text encoding.</source>
        <translation>{file}: неизвестная кодировка текста.</translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8 or Windows-1251).</source>
        <translation>{file} — не текстовая таблица: сохраните её как CSV (UTF-8 или Windows-1251).</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV ({error}).</source>
        <translation>{file} не читается как CSV ({error}).</translation>
    </message>
    <message>
        <source>Choose the column with the client&apos;s name.</source>
        <translation>Выберите колонку с названием клиента.</translation>
    </message>
    <message>
        <source>You may not fill in one of the mapped fields.</source>
        <translation>Одно из сопоставленных полей вам не разрешено заполнять.</translation>
    </message>
    <message>
        <source>The e-mail is longer than {limit} characters.</source>
        <translation>E-mail длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>The number {number} is also on line {line}.</source>
        <translation>Номер {number} есть также в строке {line}.</translation>
    </message>
    <message>
        <source>The client&apos;s name is empty.</source>
        <translation>Название клиента не заполнено.</translation>
    </message>
    <message>
        <source>The required field «{field}» is empty.</source>
        <translation>Обязательное поле «{field}» не заполнено.</translation>
    </message>
    <message>
        <source>The number {number} already belongs to the client «{client}».</source>
        <translation>Номер {number} уже принадлежит клиенту «{client}».</translation>
    </message>
    <message>
        <source>{count} rows have errors: fix them, or import only the valid rows.</source>
        <translation>Строк с ошибками: {count}. Исправьте их или загрузите только правильные строки.</translation>
    </message>
    <message>
        <source>You may not see this field, so you cannot filter by it.</source>
        <translation>Это поле вам не разрешено видеть, поэтому отбор по нему невозможен.</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>взаимная блокировка</translation>
    </message>
    <message>
        <source>lock wait timeout</source>
        <translation>истекло ожидание блокировки</translation>
    </message>
    <message>
        <source>The database is empty. Create the CallDesk tables with &apos;calldesk migrate&apos;.</source>
        <translation>База данных пуста. Создайте таблицы CallDesk командой &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema ({database}) is older than this version of CallDesk ({app}). Upgrade it with &apos;calldesk migrate&apos;.</source>
        <translation>Схема базы данных ({database}) старше этой версии CallDesk ({app}). Обновите её командой &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema revision {database} is unknown to this version of CallDesk (newest known: {app}). The database was probably upgraded by a newer CallDesk: update this workstation.</source>
        <translation>Ревизия схемы базы данных {database} неизвестна этой версии CallDesk (самая новая известная: {app}). Вероятно, базу обновила более новая версия CallDesk: обновите это рабочее место.</translation>
    </message>
    <message>
        <source>The database schema is up to date.</source>
        <translation>Схема базы данных актуальна.</translation>
    </message>
    <message>
        <source>{url} is not a database address. Use e.g. &apos;mysql+pymysql://user@host/calldesk&apos; or &apos;sqlite:///path/calldesk.db&apos;.</source>
        <translation>{url} — не адрес базы данных. Укажите, например, &apos;mysql+pymysql://user@host/calldesk&apos; или &apos;sqlite:///path/calldesk.db&apos;.</translation>
    </message>
    <message>
        <source>Database type {kind} is not supported: use MySQL/MariaDB or SQLite.</source>
        <translation>Тип базы данных {kind} не поддерживается: используйте MySQL/MariaDB или SQLite.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address does not exist.</source>
        <translation>Файл TLS {path}, указанный как {setting} в адресе базы данных, не существует.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address is a folder, not a file.</source>
        <translation>Файл TLS {path}, указанный как {setting} в адресе базы данных, — это папка, а не файл.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address cannot be read: check that this user may read it.</source>
        <translation>Файл TLS {path}, указанный как {setting} в адресе базы данных, не удается прочитать: проверьте, что у этого пользователя есть право на чтение.</translation>
    </message>
    <message>
        <source>The file {path} given as {setting} in the database address is not a certificate: it must be the PEM file of the authority (CA) that signed the database server&apos;s certificate.</source>
        <translation>Файл {path}, указанный как {setting} в адресе базы данных, не является сертификатом: нужен PEM-файл центра сертификации (CA), подписавшего сертификат сервера базы данных.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment; the database refused this change ({reason}, attempts: {attempts}). Nothing was saved: try again.</source>
        <translation>Другой пользователь в тот же момент изменял те же записи; база данных отклонила это изменение ({reason}, попыток: {attempts}). Ничего не сохранено: попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Access denied: wrong user name or password for the database.</source>
        <translation>Доступ запрещен: неверное имя пользователя или пароль базы данных.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on {host}.</source>
        <translation>База данных {database} не существует на {host}.</translation>
    </message>
    <message>
        <source>The user has no access to the database {database}.</source>
        <translation>У пользователя нет доступа к базе данных {database}.</translation>
    </message>
    <message>
        <source>Unknown database host {host}: check the server name.</source>
        <translation>Неизвестный сервер базы данных {host}: проверьте имя сервера.</translation>
    </message>
    <message>
        <source>The certificate of the database server at {host} cannot be verified with the CA file given in the address (ssl_ca): it is not our server, or the CA file is not the one that signed its certificate.</source>
        <translation>Сертификат сервера базы данных {host} не удаётся проверить файлом CA из адреса (ssl_ca): это не наш сервер, или файл CA не тот, что подписал его сертификат.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {host}: is it running and reachable?</source>
        <translation>Нет связи с сервером базы данных {host}: запущен ли он и доступен ли по сети?</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: check that the folder exists and is writable.</source>
        <translation>Не удается открыть файл базы данных SQLite: проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>Файл не является базой данных SQLite.</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>Ошибка базы данных: {error}</translation>
    </message>
    <message>
        <source>The migration would break {count} references (first: {first}); nothing was changed.</source>
        <translation>Обновление нарушило бы ссылки ({count}, первая: {first}); ничего не изменено.</translation>
    </message>
    <message>
        <source>Upgrading the database failed at revision {revision}: {error}</source>
        <translation>Обновление базы данных остановилось на ревизии {revision}: {error}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустая база</translation>
    </message>
    <message>
        <source>Only an administrator may change users, groups and card fields.</source>
        <translation>Изменять пользователей, группы и поля карточки может только администратор.</translation>
    </message>
    <message>
        <source>You may not create clients. Ask an administrator.</source>
        <translation>Вам не разрешено создавать клиентов. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may only view client cards, not change them. Ask an administrator.</source>
        <translation>Вы можете только просматривать карточки клиентов, но не изменять их. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not delete clients. Ask an administrator.</source>
        <translation>У вас нет права удалять клиентов. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not import clients. Ask an administrator.</source>
        <translation>У вас нет права загружать клиентов. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not see reports. Ask an administrator.</source>
        <translation>У вас нет доступа к отчётам. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not export to Excel. Ask an administrator.</source>
        <translation>У вас нет права выгрузки в Excel. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not download recordings. Ask an administrator.</source>
        <translation>У вас нет права скачивать записи. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You may not listen to recordings. Ask an administrator.</source>
        <translation>У вас нет права прослушивать записи. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The recording does not belong to this call.</source>
        <translation>Запись не относится к этому звонку.</translation>
    </message>
    <message>
        <source>The recording is not of one of your calls.</source>
        <translation>Это запись не вашего звонка.</translation>
    </message>
    <message>
        <source>You may not work with tasks. Ask an administrator.</source>
        <translation>Вам недоступны задачи. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} уже существует.</translation>
    </message>
    <message>
        <source>The call part has no recording.</source>
        <translation>У этой части звонка нет записи.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is not a relative path.</source>
        <translation>Ссылка на запись {reference} — не относительный путь.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is an absolute path; only paths relative to the recordings folder are allowed.</source>
        <translation>Ссылка на запись {reference} — абсолютный путь; допускаются только пути относительно папки записей.</translation>
    </message>
    <message>
        <source>The recording reference {reference} points outside the recordings folder (&apos;..&apos;).</source>
        <translation>Ссылка на запись {reference} указывает за пределы папки записей (&apos;..&apos;).</translation>
    </message>
    <message>
        <source>The recording reference {reference} names no file.</source>
        <translation>Ссылка на запись {reference} не указывает на файл.</translation>
    </message>
    <message>
        <source>No recordings folder or address is configured on this workstation.</source>
        <translation>На этом рабочем месте не настроены папка или адрес записей.</translation>
    </message>
    <message>
        <source>The recording {file} is empty (no sound in it).</source>
        <translation>Запись {file} пуста (в ней нет звука).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Скачивание отменено.</translation>
    </message>
    <message>
        <source>The recordings server stopped answering ({seconds} s).</source>
        <translation>Сервер записей перестал отвечать ({seconds} с).</translation>
    </message>
    <message>
        <source>The download broke off after {done} of {total} bytes; try again.</source>
        <translation>Скачивание прервалось после {done} из {total} байт; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The recordings folder cannot be read ({error}).</source>
        <translation>Не удается прочитать папку записей ({error}).</translation>
    </message>
    <message>
        <source>The recording {file} is not in the recordings folder {folder}.</source>
        <translation>Записи {file} нет в папке записей {folder}.</translation>
    </message>
    <message>
        <source>The recording {file} is not on the server (HTTP 404).</source>
        <translation>Записи {file} нет на сервере (HTTP 404).</translation>
    </message>
    <message>
        <source>The recordings server refused {file} (HTTP {code} {reason}).</source>
        <translation>Сервер записей отказал в выдаче {file} (HTTP {code} {reason}).</translation>
    </message>
    <message>
        <source>The recordings server did not answer within {seconds} s.</source>
        <translation>Сервер записей не ответил за {seconds} с.</translation>
    </message>
    <message>
        <source>The recordings server cannot be reached ({reason}).</source>
        <translation>Нет связи с сервером записей ({reason}).</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s full name.</source>
        <translation>Введите ФИО сотрудника.</translation>
    </message>
    <message>
        <source>The extension «{extension}» must be digits only.</source>
        <translation>Внутренний номер «{extension}» должен состоять только из цифр.</translation>
    </message>
    <message>
        <source>The login «{login}» is already taken.</source>
        <translation>Логин «{login}» уже занят.</translation>
    </message>
    <message>
        <source>The extension {extension} already belongs to {owner}.</source>
        <translation>Внутренний номер {extension} уже принадлежит сотруднику {owner}.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Группа больше не существует.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Пользователь больше не существует.</translation>
    </message>
    <message>
        <source>You cannot take administration away from yourself.</source>
        <translation>Нельзя снять права администратора с самого себя.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить самого себя.</translation>
    </message>
    <message>
        <source>Your account no longer exists or is off.</source>
        <translation>Вашей учётной записи больше нет или она отключена.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>The name is longer than {count} characters.</source>
        <translation>Имя длиннее {count} символов.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Пароль должен содержать не менее {count} символов.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Новый пароль совпадает с текущим.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Введите название группы.</translation>
    </message>
    <message>
        <source>A group «{name}» already exists.</source>
        <translation>Группа «{name}» уже существует.</translation>
    </message>
    <message>
        <source>Another administrator changed the group «{name}» meanwhile: its current access is shown, make your changes again.</source>
        <translation>Другой администратор тем временем изменил группу «{name}»: показан её текущий доступ, внесите изменения заново.</translation>
    </message>
    <message>
        <source>The key «{code}» must start with a small Latin letter and hold only small Latin letters, digits and «_» (at most 64).</source>
        <translation>Ключ «{code}» должен начинаться со строчной латинской буквы и содержать только строчные латинские буквы, цифры и «_» (не больше 64).</translation>
    </message>
    <message>
        <source>Another field already has the key «{code}».</source>
        <translation>Ключ «{code}» уже есть у другого поля.</translation>
    </message>
    <message>
        <source>Enter the field&apos;s title.</source>
        <translation>Введите название поля.</translation>
    </message>
    <message>
        <source>The field&apos;s title is too long (at most 100 characters).</source>
        <translation>Название поля слишком длинное (не более 100 символов).</translation>
    </message>
    <message>
        <source>A field «{title}» already exists.</source>
        <translation>Поле «{title}» уже существует.</translation>
    </message>
    <message>
        <source>Choose the list the field «{title}» picks from.</source>
        <translation>Выберите список, из которого поле «{title}» берёт значения.</translation>
    </message>
    <message>
        <source>The field «{title}» needs at least one list item.</source>
        <translation>Для поля «{title}» нужен хотя бы один элемент списка.</translation>
    </message>
    <message>
        <source>The hint is too long (at most 200 characters).</source>
        <translation>Подсказка слишком длинная (не больше 200 символов).</translation>
    </message>
    <message>
        <source>The field no longer exists.</source>
        <translation>Поле больше не существует.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can remove the &apos;no answer&apos; mark.</source>
        <translation>Снять метку «Без ответа» может только супервизор или администратор.</translation>
    </message>
    <message>
        <source>Only a missed incoming call has a &apos;no answer&apos; mark to remove.</source>
        <translation>Метку «Без ответа» можно снять только с пропущенного входящего звонка.</translation>
    </message>
    <message>
        <source>The view has more than {limit} clients, more than an Excel sheet holds: narrow the search or export to CSV.</source>
        <translation>В списке больше {limit} клиентов — больше, чем помещается на лист Excel: сузьте поиск или выгрузите в CSV.</translation>
    </message>
    <message>
        <source>The view has more than {limit} calls, more than an Excel sheet holds: choose a shorter period or export to CSV.</source>
        <translation>В журнале больше {limit} звонков — больше, чем помещается на лист Excel: выберите период короче или выгрузите в CSV.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>The outside-line prefix may have up to 4 digits, * or #.</source>
        <translation>Префикс выхода на внешнюю линию — не более 4 цифр, * или #.</translation>
    </message>
    <message>
        <source>Type a number to call.</source>
        <translation>Введите номер для звонка.</translation>
    </message>
    <message>
        <source>The number is too long to dial.</source>
        <translation>Номер слишком длинный для набора.</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>{reason} is not a pause reason.</source>
        <translation>{reason} не является причиной паузы.</translation>
    </message>
    <message>
        <source>The pause note is too long ({length} characters, at most {limit}).</source>
        <translation>Примечание к паузе слишком длинное ({length} символов, не более {limit}).</translation>
    </message>
    <message>
        <source>The employee {name} does not exist any more.</source>
        <translation>Сотрудника {name} больше нет в базе.</translation>
    </message>
    <message>
        <source>{value} is not a valid {what} of a call.</source>
        <translation>{value} — недопустимое значение поля «{what}» звонка.</translation>
    </message>
    <message>
        <source>The call ends ({end}) before it starts ({start}).</source>
        <translation>Звонок заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>The call was answered ({time}) outside its own start and end.</source>
        <translation>Время ответа на звонок ({time}) вне времени его начала и окончания.</translation>
    </message>
    <message>
        <source>The call starts in the future ({start}).</source>
        <translation>Звонок начинается в будущем ({start}).</translation>
    </message>
    <message>
        <source>{number} is not an internal extension.</source>
        <translation>{number} не является внутренним номером.</translation>
    </message>
    <message>
        <source>Only a call still going is opened.</source>
        <translation>Открывается только звонок, который ещё идёт.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>hang-up side</source>
        <translation>кто завершил</translation>
    </message>
    <message>
        <source>An answered call needs the time it was answered.</source>
        <translation>Для принятого звонка нужно время ответа.</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension, or leave both empty.</source>
        <translation>Заполните и адрес АТС, и внутренний номер или оставьте оба поля пустыми.</translation>
    </message>
    <message>
        <source>{value} is not a host name or an address of the PBX.</source>
        <translation>{value} — не имя и не адрес АТС.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIP user name.</source>
        <translation>{value} — недопустимое имя пользователя SIP.</translation>
    </message>
    <message>
        <source>The SIP port must be between 1 and 65535.</source>
        <translation>Порт SIP должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <source>The SIP transport must be UDP or TCP.</source>
        <translation>Транспорт SIP — UDP или TCP.</translation>
    </message>
    <message>
        <source>{value} is not a feature code: use digits, * and # only.</source>
        <translation>{value} — не код АТС: допустимы только цифры, * и #.</translation>
    </message>
    <message>
        <source>The wrap-up pause lasts 0 to {limit} seconds.</source>
        <translation>Пауза на обработку длится от 0 до {limit} секунд.</translation>
    </message>
    <message>
        <source>A volume is 0 to {limit} %.</source>
        <translation>Громкость — от 0 до {limit} %.</translation>
    </message>
    <message>
        <source>{value} is not a number format.</source>
        <translation>{value} — не формат номера.</translation>
    </message>
    <message>
        <source>PBX data: no collector yet</source>
        <translation>Данные АТС: сборщик не запущен</translation>
    </message>
    <message>
        <source>Calls come from the PBX, but no collector has run yet: start &apos;calldesk collect&apos; (Administration -&gt; PBX).</source>
        <translation>Звонки берутся из АТС, но сборщик ещё не запускался: запустите «calldesk collect» (Администрирование → АТС).</translation>
    </message>
    <message>
        <source>Collector {holder}: {rows} records read, {calls} calls written, {skipped} skipped.</source>
        <translation>Сборщик {holder}: прочитано записей: {rows}, записано звонков: {calls}, пропущено: {skipped}.</translation>
    </message>
    <message>
        <source>PBX collector stopped {minutes} min ago</source>
        <translation>Сборщик АТС остановлен {minutes} мин назад</translation>
    </message>
    <message>
        <source>{counts} Last error: {error}</source>
        <translation>{counts} Последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>PBX collector: connection problem, retrying</source>
        <translation>Сборщик АТС: нет связи, повторяет попытки</translation>
    </message>
    <message>
        <source>PBX data {minutes} min behind</source>
        <translation>Данные АТС отстают на {minutes} мин</translation>
    </message>
    <message>
        <source>The {what} address is not a database URL or a file:// path: {value}</source>
        <translation>Адрес {what} — не URL базы данных и не путь file://: {value}</translation>
    </message>
    <message>
        <source>The trunk pattern {pattern} is not valid: {reason}</source>
        <translation>Шаблон транка {pattern} неверен: {reason}</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}: use a name like Europe/Moscow or UTC.</source>
        <translation>Неизвестный часовой пояс {zone}: укажите имя вида Europe/Moscow или UTC.</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Пропущенные и перезвоны</translation>
    </message>
    <message>
        <source>Operator KPI</source>
        <translation>Показатели операторов</translation>
    </message>
    <message>
        <source>Call detail</source>
        <translation>Детализация звонков</translation>
    </message>
    <message>
        <source>Traffic distribution</source>
        <translation>Распределение нагрузки</translation>
    </message>
    <message>
        <source>Wait times and disconnection causes</source>
        <translation>Ожидание и причины завершения</translation>
    </message>
    <message>
        <source>Client cards</source>
        <translation>Карточки клиентов</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Повторные звонки</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Recording access</source>
        <translation>Доступ к записям</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Cards created</source>
        <translation>Создано карточек</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кто создал</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Выполнено в срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Изменено карточек</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменений</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>Номер линии</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решен</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Time to callback</source>
        <translation>Время до перезвона</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Принято входящих</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Сделано исходящих</translation>
    </message>
    <message>
        <source>Outgoing reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>Missed while on duty</source>
        <translation>Пропущено на смене</translation>
    </message>
    <message>
        <source>Total talk</source>
        <translation>Разговоры всего</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Средний разговор</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Среднее время обработки</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Time logged in</source>
        <translation>Время в системе</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Перезвонов</translation>
    </message>
    <message>
        <source>Share of the team&apos;s calls</source>
        <translation>Доля звонков команды</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Первый звонок</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Последний звонок</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Service level %</source>
        <translation>Уровень обслуживания, %</translation>
    </message>
    <message>
        <source>Peak concurrent calls</source>
        <translation>Пик одновременных</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Ожидание, с</translation>
    </message>
    <message>
        <source>Answered, cumulative %</source>
        <translation>Принято, накопленный %</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошено</translation>
    </message>
    <message>
        <source>Abandoned, cumulative %</source>
        <translation>Брошено, накопленный %</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренние</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Перезвонили</translation>
    </message>
    <message>
        <source>Answer %</source>
        <translation>Принято, %</translation>
    </message>
    <message>
        <source>Abandon %</source>
        <translation>Потеряно, %</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Среднее время ответа</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Затрачено часов</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готова</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Прослушал</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Скачал</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <source>Timeout or system</source>
        <translation>Таймаут или система</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Called back within 15 min</source>
        <translation>Перезвонили за 15 мин</translation>
    </message>
    <message>
        <source>Called back the same day</source>
        <translation>Перезвонили в тот же день</translation>
    </message>
    <message>
        <source>Not called back</source>
        <translation>Не перезвонили</translation>
    </message>
    <message>
        <source>We called back</source>
        <translation>Мы перезвонили</translation>
    </message>
    <message>
        <source>They got through</source>
        <translation>Дозвонились сами</translation>
    </message>
    <message>
        <source>Median time to callback</source>
        <translation>Медиана времени до перезвона</translation>
    </message>
    <message>
        <source>The period is longer than 5 years: choose a shorter one.</source>
        <translation>Период длиннее 5 лет: выберите период короче.</translation>
    </message>
    <message>
        <source>Repeat callers need at least 2 calls within at least 1 day.</source>
        <translation>Для повторных звонков нужно не меньше 2 звонков за не меньше чем 1 день.</translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 rows.</source>
        <translation>На странице от 1 до 1000 строк.</translation>
    </message>
    <message>
        <source>Tasks are chosen by due or created date, as assignee, creator or any.</source>
        <translation>Задачи выбираются по сроку или дате создания: как исполнитель, автор или любой из них.</translation>
    </message>
    <message>
        <source>Thresholds are seconds, 0 or more.</source>
        <translation>Пороги задаются в секундах, 0 или больше.</translation>
    </message>
    <message>
        <source>There is no report {name}; the reports are: {names}.</source>
        <translation>Отчёта {name} нет; есть отчёты: {names}.</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own. Ask an administrator for the permission to see all calls.</source>
        <translation>Этот отчёт охватывает звонки всех операторов, а вам доступны только ваши. Попросите администратора дать право «Видеть все звонки».</translation>
    </message>
    <message>
        <source>{employee} is already calling this number back (until {time})</source>
        <translation>{employee} уже перезванивает на этот номер (до {time})</translation>
    </message>
    <message>
        <source>A call without a number cannot be taken</source>
        <translation>Звонок без номера нельзя взять в работу</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>звонивший положил трубку</translation>
    </message>
    <message>
        <source>the employee hung up</source>
        <translation>сотрудник положил трубку</translation>
    </message>
    <message>
        <source>the PBX ended the call</source>
        <translation>АТС завершила звонок</translation>
    </message>
    <message>
        <source>{time}: called, waited {seconds} s</source>
        <translation>{time}: звонил, ждал {seconds} с</translation>
    </message>
    <message>
        <source>rang nobody (IVR or queue only)</source>
        <translation>не дозвонился ни до кого (только IVR или очередь)</translation>
    </message>
    <message>
        <source>rang {employee} for {seconds} s, no answer</source>
        <translation>звонок поступал: {employee}, {seconds} с, нет ответа</translation>
    </message>
    <message>
        <source>{time}: {employee} called back, no answer</source>
        <translation>{time}: {employee} перезвонил(а), нет ответа</translation>
    </message>
    <message>
        <source>Still open: nobody has talked to the caller</source>
        <translation>Ещё открыт: со звонившим никто не поговорил</translation>
    </message>
    <message>
        <source>closed by {employee} after {minutes} min</source>
        <translation>закрыт: {employee} через {minutes} мин</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>The callback target is 1 to {limit} minutes.</source>
        <translation>Срок перезвона — от 1 до {limit} минут.</translation>
    </message>
    <message>
        <source>Repeated calls collapse over 0 to {limit} hours.</source>
        <translation>Повторные звонки объединяются за 0–{limit} часов.</translation>
    </message>
    <message>
        <source>Taking a caller holds for 1 to {limit} minutes.</source>
        <translation>«Взять в работу» держится от 1 до {limit} минут.</translation>
    </message>
    <message>
        <source>The recording {file} is not a plain WAV file; only WAV recordings of the same format can be joined into one file.</source>
        <translation>Запись {file} — не обычный файл WAV; склеить в один файл можно только записи WAV одного формата.</translation>
    </message>
    <message>
        <source>The recording {file} is {rate} Hz, {bits} bit, {channels} channel(s); the first part is {first_rate} Hz, {first_bits} bit, {first_channels} channel(s). Only recordings of the same format can be joined into one file.</source>
        <translation>Запись {file}: {rate} Гц, {bits} бит, каналов: {channels}; первая часть: {first_rate} Гц, {first_bits} бит, каналов: {first_channels}. Склеить в один файл можно только записи одного формата.</translation>
    </message>
    <message>
        <source>{name} is not a database name (letters, digits, _ $ -).</source>
        <translation>{name} — не имя базы данных (буквы, цифры, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a user name (letters, digits, _ $ -).</source>
        <translation>{name} — не имя пользователя (буквы, цифры, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a host name, address or pattern.</source>
        <translation>{name} — не имя компьютера, адрес или шаблон.</translation>
    </message>
    <message>
        <source>The demo line runs only on the demo database.</source>
        <translation>Демо-линия работает только с демонстрационной базой.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Передача файла отменена.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Диск заполнен: не удалось записать {path}.</translation>
    </message>
    <message>
        <source>The file could not be transferred ({path}): {reason}.</source>
        <translation>Не удалось передать файл ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The task no longer exists or is not yours.</source>
        <translation>Задача удалена или недоступна вам.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Файл больше {limit} МБ.</translation>
    </message>
    <message>
        <source>The file was deleted.</source>
        <translation>Файл удален.</translation>
    </message>
    <message>
        <source>The file store has no file {path}.</source>
        <translation>В хранилище файлов нет файла {path}.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or no encryption.</source>
        <translation>Выберите STARTTLS, SSL или без шифрования.</translation>
    </message>
    <message>
        <source>«{address}» is not an e-mail address.</source>
        <translation>«{address}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>The attached file was deleted.</source>
        <translation>Приложенный файл удален.</translation>
    </message>
    <message>
        <source>Attachments over {limit} MB are not sent by mail.</source>
        <translation>Вложения больше {limit} МБ почтой не отправляются.</translation>
    </message>
    <message>
        <source>The mail server did not accept the login {login}.</source>
        <translation>Почтовый сервер не принял логин {login}.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted: {problem}</source>
        <translation>Сертификат почтового сервера не доверенный: {problem}</translation>
    </message>
    <message>
        <source>The letter was not sent: {problem}</source>
        <translation>Письмо не отправлено: {problem}</translation>
    </message>
    <message>
        <source>{employee} changed this task meanwhile. Reopen it to see their changes.</source>
        <translation>{employee} уже изменил(а) эту задачу. Откройте её заново, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Enter the task&apos;s title.</source>
        <translation>Введите название задачи.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>Название длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>Enter the hours spent on the task.</source>
        <translation>Укажите, сколько часов затрачено на задачу.</translation>
    </message>
    <message>
        <source>The assignee is no longer an active employee.</source>
        <translation>Исполнитель больше не работает в компании.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Комментарий пустой.</translation>
    </message>
    <message>
        <source>Too many tasks for one Excel sheet.</source>
        <translation>Слишком много задач для одного листа Excel.</translation>
    </message>
    <message>
        <source>The tasks report has no column {names}; it has: {keys}.</source>
        <translation>В отчёте по задачам нет колонки {names}; есть: {keys}.</translation>
    </message>
    <message>
        <source>The event has been deleted meanwhile</source>
        <translation>Событие тем временем удалено</translation>
    </message>
    <message>
        <source>Someone else changed the event meanwhile: {description} ({time}, {assignee}). Open it again and make your change</source>
        <translation>Событие тем временем изменил другой сотрудник, сейчас записано: {description} ({time}, {assignee}). Откройте событие заново и внесите правку</translation>
    </message>
    <message>
        <source>Describe the event</source>
        <translation>Опишите событие</translation>
    </message>
    <message>
        <source>The description is longer than {limit} characters</source>
        <translation>Описание длиннее {limit} символов</translation>
    </message>
    <message>
        <source>A reminder cannot come after the event</source>
        <translation>Напоминание не может быть позже события</translation>
    </message>
    <message>
        <source>Choose an active employee to assign</source>
        <translation>Выберите исполнителя из работающих сотрудников</translation>
    </message>
    <message>
        <source>Only the one who created an event makes events linked to it</source>
        <translation>Связанные события создаёт только тот, кто создал событие</translation>
    </message>
    <message>
        <source>You may not change this event</source>
        <translation>У вас нет права изменять это событие</translation>
    </message>
    <message>
        <source>A completed event cannot be moved</source>
        <translation>Выполненное событие нельзя перенести</translation>
    </message>
    <message>
        <source>Only the one who created an event deletes it</source>
        <translation>Удалить событие может только тот, кто его создал</translation>
    </message>
    <message>
        <source>A read replica needs a MySQL or MariaDB database.</source>
        <translation>Реплика для чтения возможна только у базы MySQL или MariaDB.</translation>
    </message>
    <message>
        <source>{value} is not a host:port address of a read replica.</source>
        <translation>{value} — не адрес реплики в виде «сервер:порт».</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension.</source>
        <translation>Заполните и адрес АТС, и внутренний номер.</translation>
    </message>
    <message>
        <source>The SIP account {account} already belongs to {owner}.</source>
        <translation>Учётная запись SIP {account} уже принадлежит сотруднику {owner}.</translation>
    </message>
    <message>
        <source>Someone changed this SIP account meanwhile. Open it again to see the change.</source>
        <translation>Кто-то уже изменил эту учётную запись SIP. Откройте её снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Enter the view&apos;s name.</source>
        <translation>Введите название представления.</translation>
    </message>
    <message>
        <source>The view&apos;s name is longer than {limit} characters.</source>
        <translation>Название представления длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>You have {limit} views already: delete one first.</source>
        <translation>У вас уже {limit} представлений: сначала удалите одно.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may see who listened to recordings.</source>
        <translation>Кто слушал записи, видят только руководители и администраторы.</translation>
    </message>
    <message>
        <source>The change would clear the value on {cards} cards.</source>
        <translation>Изменение очистит значение в карточках: {cards}.</translation>
    </message>
    <message>
        <source>«{name}» is too long (at most {limit} characters).</source>
        <translation>«{name}» — слишком длинно (не больше {limit} символов).</translation>
    </message>
    <message>
        <source>Every list item needs a name.</source>
        <translation>У каждого элемента списка должно быть название.</translation>
    </message>
    <message>
        <source>The item «{name}» is in the list twice.</source>
        <translation>Элемент «{name}» встречается в списке дважды.</translation>
    </message>
    <message>
        <source>A list needs at least one item.</source>
        <translation>В списке должен быть хотя бы один элемент.</translation>
    </message>
    <message>
        <source>Enter the list&apos;s name.</source>
        <translation>Введите название списка.</translation>
    </message>
    <message>
        <source>A list «{name}» already exists.</source>
        <translation>Список «{name}» уже есть.</translation>
    </message>
    <message>
        <source>The list no longer exists.</source>
        <translation>Списка больше нет.</translation>
    </message>
    <message>
        <source>Someone else changed the list «{name}» meanwhile: reopen it to see their changes.</source>
        <translation>Список «{name}» тем временем изменил другой пользователь: откройте его заново, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Someone else removed an item of this list meanwhile: reopen it.</source>
        <translation>Другой пользователь тем временем удалил элемент этого списка: откройте список заново.</translation>
    </message>
    <message>
        <source>The list is used by the fields {fields}: change or delete them first.</source>
        <translation>Список используется в полях {fields}: сначала измените или удалите их.</translation>
    </message>
    <message>
        <source>Another administrator has changed the permissions of {name} meanwhile. The list is read again: make your change once more.</source>
        <translation>Другой администратор тем временем изменил права сотрудника {name}. Список перечитан: внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>At least one active employee must keep administration.</source>
        <translation>Хотя бы один активный сотрудник должен сохранить право администрирования.</translation>
    </message>
    <message>
        <source>No recordings folder is configured on this workstation: the softphone&apos;s recordings wait on this computer.</source>
        <translation>На этом рабочем месте не настроена папка записей: записи софтфона ждут на этом компьютере.</translation>
    </message>
    <message>
        <source>The recording {file} could not be uploaded to {url} ({error}); it waits on this computer and is tried again.</source>
        <translation>Запись {file} не удалось загрузить на {url} ({error}); она ждёт на этом компьютере, попытка будет повторена.</translation>
    </message>
    <message>
        <source>The recording {file} could not be copied to the recordings folder {folder} ({error}); it waits on this computer and is tried again.</source>
        <translation>Запись {file} не удалось скопировать в папку записей {folder} ({error}); она ждет на этом компьютере, попытка будет повторена.</translation>
    </message>
    <message>
        <source>Another administrator changed the groups of {name} meanwhile: the current ones are shown, choose again.</source>
        <translation>Другой администратор тем временем изменил группы сотрудника {name}: показаны текущие, выберите заново.</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Responsible match</source>
        <translation>Соответствие ответственного</translation>
    </message>
    <message>
        <source>Wait duration</source>
        <translation>Длительность ожидания</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Talk duration</source>
        <translation>Длительность разговора</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Завершил</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Queue result</source>
        <translation>Итог очереди</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Время в очереди</translation>
    </message>
    <message>
        <source>Line (DID)</source>
        <translation>Линия (DID)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменен</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Не ответили</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонен</translation>
    </message>
    <message>
        <source>No free channels</source>
        <translation>Нет свободных каналов</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренний</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведен</translation>
    </message>
    <message>
        <source>Caller left</source>
        <translation>Абонент ушел</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Истекло время</translation>
    </message>
    <message>
        <source>Left with a key</source>
        <translation>Вышел по клавише</translation>
    </message>
    <message>
        <source>Left: no agents</source>
        <translation>Вышел: нет операторов</translation>
    </message>
    <message>
        <source>Not queued: empty</source>
        <translation>Не в очереди: пусто</translation>
    </message>
    <message>
        <source>Not queued: no agents</source>
        <translation>Не в очереди: нет операторов</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Demo database. Logins: {logins}; password for all: {password}</source>
        <translation>Демонстрационная база. Логины: {logins}; пароль для всех: {password}</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <source>Password for {url}:</source>
        <translation>Пароль для {url}:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Upgrade the database now? Every workstation must then run this version of CallDesk.</source>
        <translation>Обновить базу данных сейчас? После этого на всех рабочих местах должна работать эта версия CallDesk.</translation>
    </message>
    <message>
        <source>Upgrading…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>First start: creating the demo database ({calls} calls)…</source>
        <translation>Первый запуск: создаётся демонстрационная база ({calls} звонков)…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готова</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Затрачено часов</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Отбор клиентов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
</context>
</TS>
