//! Parser tests: every statement form, plain and tokenized, and the
//! diagnostics a 4D developer reads.

use super::*;

fn parse_method(src: &str) -> Parsed {
    parse(src, SourceId(0), FileKind::Auto, &ProjectNames::new())
}

fn ok(src: &str) -> Vec<Stmt> {
    let p = parse_method(src);
    assert!(
        p.diagnostics.is_empty(),
        "unexpected diagnostics for {src:?}: {:#?}",
        p.diagnostics
    );
    match p.unit {
        Unit::Method(m) => m.body,
        Unit::Class(_) => panic!("parsed as a class"),
    }
}

fn expr_of(src: &str) -> Expr {
    let body = ok(&format!("$x:={src}"));
    match body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Assign(a)) => a.value,
        other => panic!("not an assignment: {other:?}"),
    }
}

fn errors(src: &str) -> Vec<String> {
    parse_method(src).diagnostics.into_iter().map(|d| d.message).collect()
}

#[test]
fn binary_operators_fold_left_without_precedence() {
    let e = expr_of("3+4*5");
    let ExprKind::Binary(BinOp::Mul, lr) = e.kind else {
        panic!("{e:?}")
    };
    assert!(matches!(lr.0.kind, ExprKind::Binary(BinOp::Add, _)));
    assert_eq!(lr.1.kind, ExprKind::Num(5.0));
    let e = expr_of("$a || $b && $c");
    assert!(matches!(e.kind, ExprKind::Binary(BinOp::AndAnd, _)));
}

#[test]
fn ternary_has_lowest_precedence_and_groups_right() {
    let e = expr_of("$c ? $a : $b || \"z\"");
    let ExprKind::Ternary(parts) = e.kind else { panic!() };
    assert!(matches!(parts.2.kind, ExprKind::Binary(BinOp::OrOr, _)));
}

#[test]
fn unary_minus_and_binary_minus() {
    assert_eq!(expr_of("-27").kind, ExprKind::Num(-27.0));
    let e = expr_of("$a-1");
    assert!(matches!(e.kind, ExprKind::Binary(BinOp::Sub, _)));
    let e = expr_of("-$a*2");
    let ExprKind::Binary(BinOp::Mul, lr) = e.kind else {
        panic!()
    };
    assert!(matches!(lr.0.kind, ExprKind::Neg(_)));
}

#[test]
fn postfix_chains() {
    let src = "$x:=$emp.children[2].name";
    let e = expr_of(&src[4..]);
    let ExprKind::Member(_, n) = e.kind else { panic!() };
    assert_eq!(&src[n.range()], "name");
    let e = expr_of("$t[[1]]");
    assert!(matches!(e.kind, ExprKind::Char(_)));
    let e = expr_of("arr{2}{3}");
    assert!(matches!(e.kind, ExprKind::Element(_)));
    let e = expr_of("$p->");
    assert!(matches!(e.kind, ExprKind::Deref(_)));
    let e = expr_of("$p->name");
    assert!(matches!(e.kind, ExprKind::Member(_, _)));
    let e = expr_of("->$x");
    assert!(matches!(e.kind, ExprKind::AddressOf(_)));
    let e = expr_of("cs.Person.new(\"Ann\")");
    assert!(matches!(e.kind, ExprKind::Call(_)));
    let e = expr_of("${$i}");
    assert!(matches!(e.kind, ExprKind::ParamIndirect(_)));
    let e = expr_of("($pp->)->");
    assert!(matches!(e.kind, ExprKind::Deref(_)));
}

#[test]
fn literals() {
    let e = expr_of("{name: \"Ann\"; age: 41; tags: [\"a\"; \"b\"]; inner: {x: 1}}");
    let ExprKind::Object(pairs) = e.kind else { panic!() };
    assert_eq!(pairs.len(), 4);
    assert_eq!(expr_of("[]").kind, ExprKind::Collection(Box::new([])));
    assert_eq!(expr_of("{}").kind, ExprKind::Object(Box::new([])));
    assert_eq!(expr_of("\"x\"").kind, ExprKind::Str);
    assert_eq!(unescape("a\\tb\\\"c\\\\"), "a\tb\"c\\");
    assert_eq!(unescape("C:\\Docs"), "C:\\Docs");
    // Escape letters are case-insensitive: `\T` is a tab (dt_string.md).
    assert_eq!(unescape("C:\\Temp"), "C:\temp");
    let (y, m, d) = (2024, 1, 31);
    assert_eq!(
        expr_of("!2024-01-31!").kind,
        ExprKind::Date(crate::syntax::token::pack_date(y, m, d))
    );
    assert_eq!(expr_of("?08:05:30?").kind, ExprKind::Time(8 * 3600 + 5 * 60 + 30));
    assert_eq!(expr_of("1.5e3").kind, ExprKind::Num(1500.0));
}

#[test]
fn call_arguments_with_special_tokens() {
    let body = ok("SORT ARRAY($a; >)\nJSON Stringify($o; *)\nOBJECT SET ENABLED(*; \"btn\"; True)\n");
    assert_eq!(body.len(), 3);
    let StmtKind::Expr(Expr {
        kind: ExprKind::Call(call),
        ..
    }) = &body[0].kind
    else {
        panic!()
    };
    assert!(matches!(call.1[1], Arg::Gt(_)));
    let e = expr_of("Formula(This.total:=This.a*This.b)");
    let ExprKind::Call(call) = e.kind else { panic!() };
    assert!(matches!(call.1[0], Arg::Assign(..)));
    let e = expr_of("New object()");
    let ExprKind::Call(call) = e.kind else { panic!() };
    assert!(call.1.is_empty());
}

#[test]
fn every_control_structure() {
    let src = "\
If ($a=1)
\t$b:=1
Else 
\t$b:=2
End if 
Case of 
\t: ($a=1)
\t\t$b:=1
\t: ($a=2) | ($a=3)
\t\t$b:=2
\tElse 
\t\t$b:=3
End case 
While ($i<10)
\t$i+=1
End while
Repeat
\t$i-=1
Until ($i=0)
For ($i; 10; 1; -1)
\tbreak
End for
For each ($item; $coll; 2; 5) Until ($item=\"stop\")
\tcontinue
End for each
Use ($shared)
\t$shared.count:=1
End use
Try
\tthrow(1; \"x\")
Catch
\t$e:=Last errors
End try
return
";
    let body = ok(src);
    let kinds: Vec<&str> = body
        .iter()
        .map(|s| match s.kind {
            StmtKind::If(_) => "if",
            StmtKind::Case(_) => "case",
            StmtKind::While(_) => "while",
            StmtKind::Repeat(_) => "repeat",
            StmtKind::For(_) => "for",
            StmtKind::ForEach(_) => "foreach",
            StmtKind::Use(_) => "use",
            StmtKind::Try(_) => "try",
            StmtKind::Return(_) => "return",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "if", "case", "while", "repeat", "for", "foreach", "use", "try", "return"
        ]
    );
    let StmtKind::Case(c) = &body[1].kind else { panic!() };
    assert_eq!(c.branches.len(), 2);
    assert!(c.otherwise.is_some());
}

#[test]
fn declarations() {
    let body = ok(
        "var $a; $b : Integer\nvar $when : Date:=!2024-01-31!\nvar $f : 4D.File\nvar $p : cs.Person\nvar $x:=10\nvar gCounter : Integer\nC_TEXT($t; $u)\n",
    );
    let StmtKind::Var(v) = &body[0].kind else { panic!() };
    assert_eq!(v.names.len(), 2);
    assert_eq!(v.ty, Some(TypeName::Integer));
    assert!(v.init.is_none());
    let StmtKind::Var(v) = &body[2].kind else { panic!() };
    assert_eq!(v.ty, Some(TypeName::FourD("File".into())));
    let StmtKind::Var(v) = &body[3].kind else { panic!() };
    assert_eq!(v.ty, Some(TypeName::Class(vec!["Person".into()])));
}

#[test]
fn declare_forms() {
    for src in [
        "#DECLARE($a : Text; $b : Integer) -> $r : Text",
        "#DECLARE($a : Text; $b : Integer) : Text",
        "#DECLARE -> $o : Object",
        "#DECLARE()",
        "#DECLARE($fmt : Text; ... : Real) : Text",
        "//%attributes = {\"lang\":\"en\"}\n#DECLARE($x; $y : Integer)",
        "#DECLARE($a : Text; \\\n  $b : Integer)",
    ] {
        let p = parse_method(src);
        assert!(p.diagnostics.is_empty(), "{src}: {:?}", p.diagnostics);
        let Unit::Method(m) = p.unit else { panic!() };
        assert!(m.declare.is_some(), "{src}");
    }
    let p = parse_method("#DECLARE($x; $y : Integer)");
    let Unit::Method(m) = p.unit else { panic!() };
    let (sig, _) = m.declare.unwrap();
    assert_eq!(sig.params[0].ty, Some(TypeName::Integer));
    let p = parse_method("#DECLARE($fmt : Text; ... : Real) : Text");
    let Unit::Method(m) = p.unit else { panic!() };
    let (sig, _) = m.declare.unwrap();
    assert_eq!(sig.variadic, Some(Some(TypeName::Real)));
    assert_eq!(sig.result_type, Some(TypeName::Text));
    assert!(!errors("$a:=1\n#DECLARE($x : Text)").is_empty());
}

#[test]
fn classes() {
    let src = "\
Class extends Shape

property width; height : Real
property kind : Text:=\"rect\"

shared singleton Class constructor($w : Real; $h : Real)
\tSuper(\"rect\")
\tThis.width:=$w

Function area() : Real
\treturn This.width*This.height

Function get label() -> $l : Text
\t$l:=This.kind

Function set label($value : Text)
\tThis.kind:=$value

Function legacy
\t$0:=1
";
    let p = parse_method(src);
    assert!(p.diagnostics.is_empty(), "{:#?}", p.diagnostics);
    let Unit::Class(c) = p.unit else { panic!("not a class") };
    assert_eq!(c.extends.as_ref().map(|e| e.0.clone()), Some(vec!["Shape".to_string()]));
    assert_eq!(c.properties.len(), 2);
    let ctor = c.constructor.as_ref().unwrap();
    assert!(ctor.modifiers.shared && ctor.modifiers.singleton);
    assert_eq!(ctor.body.len(), 2);
    assert_eq!(c.functions.len(), 4);
    assert_eq!(c.functions[1].accessor, Accessor::Get);
    assert_eq!(c.functions[2].accessor, Accessor::Set);
    assert_eq!(c.functions[3].name, "legacy");
}

#[test]
fn tokenized_style_parses() {
    let src = "//%attributes = {\"lang\":\"en\"}\n\
C_TEXT:C284($0;$1)\n\
C_LONGINT:C283($i)\n\
If (Count parameters:C259>0)\n\
\t$0:=String:C10(Current date:C33; Internal date short:K1:7)+Char:C90(Carriage return:K15:38)\n\
\tARRAY TEXT:C222($arr; 0)\n\
\tAPPEND TO ARRAY:C911($arr; \"x\")\n\
\tFor ($i; 1; Size of array:C274($arr))\n\
\t\t$o:=New object:C1471(\"a\"; $arr{$i})\n\
\tEnd for \n\
\t[Customers:3]Name:2:=\"x\"\n\
\tQUERY:C277([Customers:3]; [Customers:3]Name:2=\"S@\")\n\
End if \n";
    ok(src);
}

#[test]
fn interprocess_and_parameters() {
    ok("<>gCount:=<>gCount+1\n$0:=$1+${2}\n$x:=${$i}\n◊old:=1\n");
}

#[test]
fn several_errors_are_reported() {
    let errs = errors("$a:=(1+\n$b:=2\n$c:=)\n");
    assert_eq!(errs.len(), 2, "{errs:?}");
}

#[test]
fn unclosed_block_names_the_opener_and_line() {
    let errs = errors("$a:=1\n\nIf ($a=1)\n\t$b:=1\n");
    assert_eq!(errs, ["expected `End if` to close the `If` opened at line 3"]);
    let errs = errors("If (True)\nFor ($i; 1; 2)\nEnd if\n");
    assert_eq!(
        errs,
        ["expected `End for` to close the `For` opened at line 2, found `End if`"]
    );
    let errs = errors("End while\n");
    assert_eq!(errs, ["`End while` without a matching `While`"]);
}

#[test]
fn incomplete_input_is_structured() {
    assert!(parse_method("For ($i; 1; 3)\n\t$x:=$i").incomplete);
    assert!(parse_method("$x:=1+\\").incomplete);
    assert!(!parse_method("$x:=1").incomplete);
}

#[test]
fn deep_nesting_gives_a_diagnostic() {
    let src = format!("$x:={}1{}", "(".repeat(10_000), ")".repeat(10_000));
    let errs = errors(&src);
    assert!(errs[0].contains("nested too deeply"), "{errs:?}");
    let mut src = String::new();
    for _ in 0..10_000 {
        src.push_str("If (True)\n");
    }
    let errs = errors(&src);
    assert!(errs.iter().any(|e| e.contains("too many nested blocks")), "{errs:?}");
}

#[test]
fn messages_say_what_was_expected() {
    let errs = errors("If ($a=1\nEnd if");
    assert!(errs[0].starts_with("expected"), "{errs:?}");
    assert!(errs[0].contains("`)`"), "{errs:?}");
}

#[test]
fn try_expression_and_block() {
    let body = ok("$r:=Try($o.f())\nTry($o.g())\nTry\n$a:=1\nEnd try\n");
    assert_eq!(body.len(), 3);
    assert!(matches!(&body[2].kind, StmtKind::Try(t) if t.catch.is_none()));
}

#[test]
fn if_condition_without_outer_parentheses() {
    ok("If (A=1)|(B=2)\nEnd if\nCase of\n: $a=1\nEnd case\n");
}

#[test]
fn real_code_forms_reported_by_the_corpus() {
    // QUERY conjunctions alone as arguments.
    ok("QUERY([People];|;[People]Name=\"b@\")\nQUERY([People]; & ;[People]Age>3)\n");
    // Picture scaling operators.
    ok("$p:=$pict*+2\n$p:=$pict*|2\n");
    // Compound assignment inside a formula argument (reduce example).
    let e = expr_of("$c.reduce(Formula($1.accumulator*=$1.value); 1)");
    assert!(matches!(e.kind, ExprKind::Call(_)));
    // Constant names containing a number.
    ok("$x:=Date RFC 1123\n$y:=Is integer 64 bits\n");
    // ORDA class lines.
    let p = parse_method(
        "Class extends Entity\nAlias fullName firstName\nexposed Function event touched($event : Object)\n\tThis.x:=1\n",
    );
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
}

#[test]
fn real_code_forms_from_public_projects() {
    // Tokenized `cs`/`4D` in types, results and `Class extends`.
    ok("var $f : cs:C1710.Foo\nvar $g : 4D:C1709.File\nvar $a : cs:C1710.ai.openAI\n");
    ok("#DECLARE() : 4D:C1709.Class\n");
    let p = parse_method("Class extends 4D:C1709.Object\nFunction me() : cs:C1710.Foo\n\treturn This\n");
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    // Old-style parameters typed with `var`.
    ok("var $1 : Text\nvar $0 : Object\n");
    // Locals and interprocess variables whose names start with digits.
    ok("var $24Hours : Boolean\n$24Hours:=True\n<>4d_Time:=New object\nIf (<>4d_Time.compare)\nEnd if\n");
    // A constant whose name starts with a number, tokenized or not.
    ok("$b:=(Version type:C495 ?? 64 bit version:K5:25)\n$c:=(Version type ?? 64 bit version)\n");
    // `#` conjunction, and a conjunction glued to its query.
    ok("QUERY([T]; # ; [T]F=4)\nQUERY([T];  & [T]F=5)\n");
    // A method named CATCH (called alone, or named in a declaration).
    ok("CATCH\nC_COLLECTION(CATCH ;$1)\nTry\n\tx:=1\nCatch\nEnd try\n");
    // `var` names separated by commas (older 4D syntax).
    let body = ok("var $1,$pattern : Text\nvar $value, $x\n");
    assert_eq!(body.len(), 2);
    assert!(errors("$x:=f(1, 2)\n").iter().any(|e| e.contains("`,`")));
    // Plug-in and component commands whose names contain a keyword.
    ok("WR SET DOC PROPERTY:P12000:109(Write_2; wr view references:K12003:17; 0)\n");
    ok(
        "PV SET AREA PROPERTY:P13000:5 (xView;pv saving dialog:K12256:38)\n$p:=PV Get area property:P13000:7 ($area;1)\n",
    );
    ok("WR INSERT BREAK (area;1)\nCT SET VAR(1)\nXY Function Call(1)\n");
    ok("return WR Get doc property:P12000:110($a; 1)\n");
    // Tokenized constants whose first word is a keyword, inside expressions.
    ok(
        "Case of\n\t: ($k=Return key:K12:27)\nEnd case\n$p:=Get database parameter:C643(Use legacy Network Layer:K37:75)\n",
    );
    // ORDA entity events naming an attribute; other accessors take one name.
    let p = parse_method(
        "Class extends Entity\nFunction event touched title($event : Object)\nlocal Function event validateSave name($event : Object) : Object\n",
    );
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    assert!(!parse_method("Function get a b()\n").diagnostics.is_empty());
    // `Get database measures` (dt_object.md; the table names it without `Get`).
    ok("$measures:=Get database measures.DB.tables\n");
    // Query operators alone as arguments; field names with digit-led words.
    ok(
        "QUERY BY ATTRIBUTE:C1331([Persons:1];[Persons:1]OB_Info:2;\"age\";>=;20;*)\nQUERY SELECTION BY ATTRIBUTE:C1424([P:1];[P:1]O:2;\"a\";=;42)\n",
    );
    ok(
        "vItem13:=[Bridge:139]Item 13A:194+[Bridge:139]Item 13B:195\nf(->[Bridge:139]Item 63:196)\n$x:=[Bridge]Item 63\n",
    );
    // Class-member words still begin member lines.
    let p = parse_method("shared Function f()\n\treturn 1\n");
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
}

#[test]
fn very_long_operator_chains_are_refused_not_a_crash() {
    let src = format!("$x:=1{}", "+1".repeat(20_000));
    let errs = errors(&src);
    assert!(errs.iter().any(|e| e.contains("too complex")), "{errs:?}");
}

#[test]
fn many_unclosed_blocks_are_reported_quickly() {
    // Each unclosed `If` is reported (line numbers come from a table, not a
    // scan from the start of the file per message).
    let src = "Repeat\nIf (True)\nUntil (True)\n".repeat(2_000);
    let errs = errors(&src);
    assert_eq!(errs.len(), 2_000);
}

/// Both readings of one line: the direct parser's and chumsky's.
fn both_readings(src: &str) -> (Option<LineItem>, Option<LineItem>) {
    let tokens = crate::syntax::lexer::lex(src, &ProjectNames::new());
    let line: Vec<Spanned> = tokens.into_iter().filter(|(t, _)| *t != Tok::Newline).collect();
    let ctx = Ctx { sid: SourceId(0), src };
    let end = line.last().map(|l| l.1.end).unwrap_or(0);
    let eoi = SimpleSpan::from(end..end);
    let chumsky = stmt::line::<_, extra::Default>(ctx)
        .parse(line.as_slice().split_token_span(eoi))
        .into_result()
        .ok();
    (direct::line(&line, ctx), chumsky)
}

#[test]
fn the_direct_parser_reads_common_lines_as_chumsky_does() {
    let common = [
        "$x:=1",
        "$x := -5.5e3",
        "$x:=--5",
        "$x:=-(5)",
        "$x:=-$y.z",
        "$t:=$t+\"a\\\"b\"+Char(65)",
        "$d:=!2024-01-31!+?12:30:00?",
        "$x+=1",
        "$x-=$y*2",
        "$o.a.b[1]{2}:=$c[[3]]",
        "$p->:=5",
        "$x:=$p->name+$p->.name",
        "$x:=->$y",
        "$x:=$a ? $b : $c ? 1 : 2",
        "$o:={a: 1; \"b c\": \"x\"; If: 2;}",
        "$o:={}",
        "$c:=[1; [2; 3]; {a: 4};]",
        "$c:=[]",
        "${1}:=${$i+1}",
        "<>x:=$1+$0",
        "ALERT(\"x\")",
        "ALERT:C41(\"x\")",
        "$x:=Is text:K8:3",
        "New object",
        "f()",
        "f(;)",
        "f( ; $x ;  )",
        "f(*; >; <)",
        "SORT ARRAY($a; $b; >)",
        "QUERY([T]; [T]F=5; *)",
        "QUERY([T]; & [T]F=5)",
        "QUERY([T]; |)",
        "QUERY BY ATTRIBUTE([T]; [T]F; \"age\"; >=; 20; *)",
        "f(=; %; <=)",
        "$f:=Formula($a:=1)",
        "$f:=Formula(This.n+=2)",
        "[T]F:=[T:3]G:2",
        "$x:=$a<<2 ?+ 3 ?? 4",
        "If ($a=1) & ($b#2) | Not($c)",
        "Else",
        "End if",
        "Case of",
        ": ($x>=3)",
        "End case",
        "While (True)",
        "End while",
        "Repeat",
        "Until ($i>10)",
        "For ($i; 1; 10)",
        "For ($i; 10; 1; -1)",
        "End for",
        "For each ($e; $c)",
        "For each ($e; $c; 1; 5) Until ($e=3)",
        "For each ($k; $o) While ($k#\"z\")",
        "End for each",
        "Use ($s)",
        "End use",
        "Try",
        "Try($x:=1/0)",
        "Catch",
        "End try",
        "break",
        "continue",
        "return",
        "return $x+1",
        "var $a : Text",
        "var $a; $b : Integer",
        "var $p : cs.Person := cs.Person.new()",
        "var $f : 4D.File",
        "var $n := 5",
        "var $v",
        "C_REAL:C285({$2})",
        "var $0;${1} : Real",
    ];
    for src in common {
        let (direct, chumsky) = both_readings(src);
        assert!(direct.is_some(), "the direct parser gave up on {src:?}");
        assert_eq!(direct, chumsky, "{src:?}");
    }
    // Lines the direct parser leaves to chumsky (it must not accept them).
    let others = [
        "$x:=",
        "$a:=1 $b",
        "If",
        "Else $x",
        "f(a b)",
        "$x.",
        "$x:=a+",
        "$c:=$c[[1; 2][0]]",
        "$x:=(1",
        "$o:={;}",
        "f(*x)",
        "#DECLARE($a : Text)",
        "Function get name() : Text",
        "property x : Integer",
        "shared Function f()",
        "Begin SQL",
        "var $a :",
    ];
    for src in others {
        let (direct, chumsky) = both_readings(src);
        if let Some(direct) = direct {
            assert_eq!(Some(direct), chumsky, "{src:?}");
        }
    }
}

/// A large file is lexed by a thread of its own: the items and diagnostics
/// are the same as when one thread lexes and parses.
#[test]
fn lexing_in_a_thread_changes_nothing() {
    let mut src = String::new();
    for i in 0..400 {
        src.push_str(&format!(
            "// part {i}\nvar $x{i} : Integer\nIf ($x{i}>{i})\n\t$x{i}:=$x{i}+1\n\tALERT(\"value \"+String($x{i}))\n\tBegin SQL\n\tSELECT 1\n\tEnd SQL\nElse\n\t$o:=New object(\"k\"; {i}; \"t\"; \"text\")\n\t$bad:=(1+\nEnd if\n"
        ));
    }
    assert!(src.len() > 2 * CHUNK_LINES * 10, "several chunks");
    let read = |lex_thread: bool| {
        let mut items = Vec::new();
        let diags = parse_items_in(
            &src,
            SourceId(0),
            &ProjectNames::new(),
            &mut |item, span| items.push(format!("{item:?} {span:?}")),
            lex_thread,
        );
        let diags: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
        (items, diags)
    };
    let (one, threaded) = (read(false), read(true));
    assert_eq!(one.1.len(), 400, "one error a part");
    assert_eq!(one, threaded);
}
