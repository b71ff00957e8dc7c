// Warp 1.19.0 cuda code for solve_cubic_448c8754.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// solve_cubic.py:8
static CUDA_CALLABLE wp::float32 cubic_0(
    wp::float32 var_x,
    wp::float32 var_p,
    wp::float32 var_q)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def cubic(x: float, p: float, q: float) -> float:                                      <L 9>
    // return x * x * x + p * x - q                                                           <L 10>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_0, var_x);
    var_2 = wp::mul(var_p, var_x);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::sub(var_3, var_q);
    return var_4;
}


// solve_cubic.py:8
static CUDA_CALLABLE void adj_cubic_0(
    wp::float32 var_x,
    wp::float32 var_p,
    wp::float32 var_q,
    wp::float32 & adj_x,
    wp::float32 & adj_p,
    wp::float32 & adj_q,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def cubic(x: float, p: float, q: float) -> float:                                      <L 9>
    // return x * x * x + p * x - q                                                           <L 10>
    var_0 = wp::mul(var_x, var_x);
    var_1 = wp::mul(var_0, var_x);
    var_2 = wp::mul(var_p, var_x);
    var_3 = wp::add(var_1, var_2);
    var_4 = wp::sub(var_3, var_q);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_sub(var_3, var_q, adj_3, adj_q, adj_4);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_mul(var_p, var_x, adj_p, adj_x, adj_2);
    wp::adj_mul(var_0, var_x, adj_0, adj_x, adj_1);
    wp::adj_mul(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x * x * x + p * x - q                                                      <L 10>
    // adj: def cubic(x: float, p: float, q: float) -> float:                                 <L 9>
    return;
}



extern "C" __global__ void solve_cubic_75520cbb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rhs,
    wp::float32 var_stiffness,
    wp::float32 var_tol,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iterations)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 4.0;
        const wp::float32 var_6 = -4.0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 48;
        wp::int32 var_11;
        const wp::int32 var_12 = 48;
        wp::range_t var_13;
        wp::int32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // forward
        // def solve_cubic(                                                                       <L 14>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // target = rhs[tid]                                                                      <L 22>
        var_1 = wp::address(var_rhs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = wp.abs(stiffness)                                                                  <L 24>
        var_4 = wp::abs(var_stiffness);
        // lo = float(-BOUND)                                                                     <L 25>
        var_7 = wp::float(var_6);
        // hi = float(BOUND)                                                                      <L 26>
        var_8 = wp::float(var_5);
        // f_lo = cubic(lo, p, target)                                                            <L 27>
        var_9 = cubic_0(var_7, var_4, var_2);
        // used = int(MAX_ITERS)                                                                  <L 28>
        var_11 = wp::int(var_10);
        // for it in range(MAX_ITERS):                                                            <L 29>
        var_13 = wp::range(var_12);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // mid = 0.5 * (lo + hi)                                                              <L 30>
            var_16 = wp::add(var_7, var_8);
            var_17 = wp::mul(var_15, var_16);
            // f_mid = cubic(mid, p, target)                                                      <L 31>
            var_18 = cubic_0(var_17, var_4, var_2);
            // if (f_mid < 0.0) == (f_lo < 0.0):                                                  <L 32>
            var_20 = (var_18 < var_19);
            var_22 = (var_9 < var_21);
            var_23 = (var_20 == var_22);
            if (var_23) {
                // lo = mid                                                                       <L 33>
                var_24 = wp::copy(var_17);
                // f_lo = f_mid                                                                   <L 34>
                var_25 = wp::copy(var_18);
            }
            if (!var_23) {
                // hi = mid                                                                       <L 36>
                var_26 = wp::copy(var_17);
            }
            var_27 = wp::where(var_23, var_24, var_7);
            var_28 = wp::where(var_23, var_8, var_26);
            var_29 = wp::where(var_23, var_25, var_9);
            // if hi - lo < tol:                                                                  <L 37>
            var_30 = wp::sub(var_28, var_27);
            var_31 = (var_30 < var_tol);
            if (var_31) {
                // used = it + 1                                                                  <L 38>
                var_33 = wp::add(var_14, var_32);
                // break                                                                          <L 39>
                wp::assign(var_7, var_27);
                wp::assign(var_8, var_28);
                wp::assign(var_9, var_29);
                wp::assign(var_11, var_33);
                goto end_for_0;
            }
            var_34 = wp::where(var_31, var_7, var_27);
            var_35 = wp::where(var_31, var_8, var_28);
            var_36 = wp::where(var_31, var_9, var_29);
            wp::assign(var_7, var_34);
            wp::assign(var_8, var_35);
            wp::assign(var_9, var_36);
            goto start_for_0;
        end_for_0:;
        // roots[tid] = 0.5 * (lo + hi)                                                           <L 40>
        var_38 = wp::add(var_7, var_8);
        var_39 = wp::mul(var_37, var_38);
        wp::array_store(var_roots, var_0, var_39);
        // iterations[tid] = used                                                                 <L 41>
        wp::array_store(var_iterations, var_0, var_11);
}



extern "C" __global__ void solve_cubic_75520cbb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rhs,
    wp::float32 var_stiffness,
    wp::float32 var_tol,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iterations,
    wp::array_t<wp::float32> adj_rhs,
    wp::float32 adj_stiffness,
    wp::float32 adj_tol,
    wp::array_t<wp::float32> adj_roots,
    wp::array_t<wp::int32> adj_iterations)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 4.0;
        const wp::float32 var_6 = -4.0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 48;
        wp::int32 var_11;
        const wp::int32 var_12 = 48;
        wp::range_t var_13;
        wp::int32 var_14;
        const wp::float32 var_15 = 0.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def solve_cubic(                                                                       <L 14>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // target = rhs[tid]                                                                      <L 22>
        var_1 = wp::address(var_rhs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = wp.abs(stiffness)                                                                  <L 24>
        var_4 = wp::abs(var_stiffness);
        // lo = float(-BOUND)                                                                     <L 25>
        var_7 = wp::float(var_6);
        // hi = float(BOUND)                                                                      <L 26>
        var_8 = wp::float(var_5);
        // f_lo = cubic(lo, p, target)                                                            <L 27>
        var_9 = cubic_0(var_7, var_4, var_2);
        // used = int(MAX_ITERS)                                                                  <L 28>
        var_11 = wp::int(var_10);
        // for it in range(MAX_ITERS):                                                            <L 29>
        var_13 = wp::range(var_12);
        // roots[tid] = 0.5 * (lo + hi)                                                           <L 40>
        var_38 = wp::add(var_7, var_8);
        var_39 = wp::mul(var_37, var_38);
        // wp::array_store(var_roots, var_0, var_39);
        // iterations[tid] = used                                                                 <L 41>
        // wp::array_store(var_iterations, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_iterations, var_0, var_11, adj_iterations, adj_0, adj_11);
        // adj: iterations[tid] = used                                                            <L 41>
        wp::adj_array_store(var_roots, var_0, var_39, adj_roots, adj_0, adj_39);
        wp::adj_mul(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_38);
        // adj: roots[tid] = 0.5 * (lo + hi)                                                      <L 40>
        var_13 = wp::iter_reverse(var_13);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
            // mid = 0.5 * (lo + hi)                                                              <L 30>
            var_16 = wp::add(var_7, var_8);
            var_17 = wp::mul(var_15, var_16);
            // f_mid = cubic(mid, p, target)                                                      <L 31>
            var_18 = cubic_0(var_17, var_4, var_2);
            // if (f_mid < 0.0) == (f_lo < 0.0):                                                  <L 32>
            var_20 = (var_18 < var_19);
            var_22 = (var_9 < var_21);
            var_23 = (var_20 == var_22);
            if (var_23) {
                // lo = mid                                                                       <L 33>
                var_24 = wp::copy(var_17);
                // f_lo = f_mid                                                                   <L 34>
                var_25 = wp::copy(var_18);
            }
            if (!var_23) {
                // hi = mid                                                                       <L 36>
                var_26 = wp::copy(var_17);
            }
            var_27 = wp::where(var_23, var_24, var_7);
            var_28 = wp::where(var_23, var_8, var_26);
            var_29 = wp::where(var_23, var_25, var_9);
            // if hi - lo < tol:                                                                  <L 37>
            var_30 = wp::sub(var_28, var_27);
            var_31 = (var_30 < var_tol);
            if (var_31) {
                // used = it + 1                                                                  <L 38>
                var_33 = wp::add(var_14, var_32);
                // break                                                                          <L 39>
                wp::assign(var_7, var_27);
                wp::assign(var_8, var_28);
                wp::assign(var_9, var_29);
                wp::assign(var_11, var_33);
                goto end_for_0;
            }
            var_34 = wp::where(var_31, var_7, var_27);
            var_35 = wp::where(var_31, var_8, var_28);
            var_36 = wp::where(var_31, var_9, var_29);
            wp::assign(var_7, var_34);
            wp::assign(var_8, var_35);
            wp::assign(var_9, var_36);
            wp::adj_assign(var_9, var_36, adj_9, adj_36);
            wp::adj_assign(var_8, var_35, adj_8, adj_35);
            wp::adj_assign(var_7, var_34, adj_7, adj_34);
            wp::adj_where(var_31, var_9, var_29, adj_31, adj_9, adj_29, adj_36);
            wp::adj_where(var_31, var_8, var_28, adj_31, adj_8, adj_28, adj_35);
            wp::adj_where(var_31, var_7, var_27, adj_31, adj_7, adj_27, adj_34);
            if (var_31) {
                wp::adj_assign(var_11, var_33, adj_11, adj_33);
                wp::adj_assign(var_9, var_29, adj_9, adj_29);
                wp::adj_assign(var_8, var_28, adj_8, adj_28);
                wp::adj_assign(var_7, var_27, adj_7, adj_27);
                // adj: break                                                                     <L 39>
                wp::adj_add(var_14, var_32, adj_14, adj_32, adj_33);
                // adj: used = it + 1                                                             <L 38>
            }
            wp::adj_sub(var_28, var_27, adj_28, adj_27, adj_30);
            // adj: if hi - lo < tol:                                                             <L 37>
            wp::adj_where(var_23, var_25, var_9, adj_23, adj_25, adj_9, adj_29);
            wp::adj_where(var_23, var_8, var_26, adj_23, adj_8, adj_26, adj_28);
            wp::adj_where(var_23, var_24, var_7, adj_23, adj_24, adj_7, adj_27);
            if (!var_23) {
                wp::adj_copy(var_17, adj_17, adj_26);
                // adj: hi = mid                                                                  <L 36>
            }
            if (var_23) {
                wp::adj_copy(var_18, adj_18, adj_25);
                // adj: f_lo = f_mid                                                              <L 34>
                wp::adj_copy(var_17, adj_17, adj_24);
                // adj: lo = mid                                                                  <L 33>
            }
            // adj: if (f_mid < 0.0) == (f_lo < 0.0):                                             <L 32>
            adj_cubic_0(var_17, var_4, var_2, adj_17, adj_4, adj_2, adj_18);
            // adj: f_mid = cubic(mid, p, target)                                                 <L 31>
            wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
            wp::adj_add(var_7, var_8, adj_7, adj_8, adj_16);
            // adj: mid = 0.5 * (lo + hi)                                                         <L 30>
        	goto start_for_0;
        end_for_0:;
        // adj: for it in range(MAX_ITERS):                                                       <L 29>
        // adj: used = int(MAX_ITERS)                                                             <L 28>
        adj_cubic_0(var_7, var_4, var_2, adj_7, adj_4, adj_2, adj_9);
        // adj: f_lo = cubic(lo, p, target)                                                       <L 27>
        wp::adj_float(var_5, adj_5, adj_8);
        // adj: hi = float(BOUND)                                                                 <L 26>
        wp::adj_float(var_6, adj_6, adj_7);
        // adj: lo = float(-BOUND)                                                                <L 25>
        wp::adj_abs(var_stiffness, adj_stiffness, adj_4);
        // adj: p = wp.abs(stiffness)                                                             <L 24>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_1);
        // adj: target = rhs[tid]                                                                 <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def solve_cubic(                                                                  <L 14>
        return;
}

