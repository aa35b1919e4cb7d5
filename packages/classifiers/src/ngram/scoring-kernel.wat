;; The n-gram model's scoring kernel: logits += value × row, for every row a message's features select.
;; Compiled to scoring-kernel-wasm.ts by `npm run build:kernel -w @lianxing/classifiers` (a test checks that the
;; compiled bytes match this file). Memory layout (set up by scoring-layout.ts, all offsets in bytes):
;;   dense rows   f32 × 4·lanes each, 16-byte aligned: the rows whose weights cover many classes
;;   columns      u16 per kept weight of the sparse rows (class index)
;;   values       f32 per kept weight of the sparse rows
;;   out          f32 × 4·lanes, 16-byte aligned: the logits
;;   work         items of three 32-bit words: [a, b, value]
;;                b < 0: a dense row at byte offset a; b >= 0: sparse weights [a, b) (indices, not bytes)
(module
  (memory (export "memory") 1)

  ;; Clears `lanes` vectors of four f32 at `out`.
  (func (export "clear") (param $out i32) (param $lanes i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $lanes) (i32.const 4))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $out) (local.get $end)))
        (v128.store (local.get $out) (v128.const i32x4 0 0 0 0))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $next))))

  ;; Adds each work item's row, times its value, to `out`.
  (func (export "accumulate")
    (param $work i32) (param $count i32) (param $out i32) (param $lanes i32) (param $columns i32) (param $values i32)
    (local $workEnd i32) (local $outEnd i32) (local $a i32) (local $b i32) (local $value f32)
    (local $splat v128) (local $row i32) (local $at i32)
    (local.set $workEnd (i32.add (local.get $work) (i32.mul (local.get $count) (i32.const 12))))
    (local.set $outEnd (i32.add (local.get $out) (i32.shl (local.get $lanes) (i32.const 4))))
    (block $itemsDone
      (loop $item
        (br_if $itemsDone (i32.ge_u (local.get $work) (local.get $workEnd)))
        (local.set $a (i32.load (local.get $work)))
        (local.set $b (i32.load offset=4 (local.get $work)))
        (local.set $value (f32.load offset=8 (local.get $work)))
        (if (i32.lt_s (local.get $b) (i32.const 0))
          (then
            ;; A dense row: four classes per step.
            (local.set $splat (f32x4.splat (local.get $value)))
            (local.set $row (local.get $a))
            (local.set $at (local.get $out))
            (block $denseDone
              (loop $dense
                (br_if $denseDone (i32.ge_u (local.get $at) (local.get $outEnd)))
                (v128.store (local.get $at)
                  (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $splat) (v128.load (local.get $row)))))
                (local.set $at (i32.add (local.get $at) (i32.const 16)))
                (local.set $row (i32.add (local.get $row) (i32.const 16)))
                (br $dense))))
          (else
            ;; A sparse row: one kept weight at a time, scattered to its class.
            (block $sparseDone
              (loop $sparse
                (br_if $sparseDone (i32.ge_u (local.get $a) (local.get $b)))
                (local.set $at
                  (i32.add (local.get $out)
                    (i32.shl (i32.load16_u (i32.add (local.get $columns) (i32.shl (local.get $a) (i32.const 1)))) (i32.const 2))))
                (f32.store (local.get $at)
                  (f32.add (f32.load (local.get $at))
                    (f32.mul (local.get $value) (f32.load (i32.add (local.get $values) (i32.shl (local.get $a) (i32.const 2)))))))
                (local.set $a (i32.add (local.get $a) (i32.const 1)))
                (br $sparse)))))
        (local.set $work (i32.add (local.get $work) (i32.const 12)))
        (br $item)))))
