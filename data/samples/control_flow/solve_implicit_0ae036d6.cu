// Warp 1.19.0 cuda code for solve_implicit_0ae036d6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void solve_implicit_a12966d9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_targets,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iters_used)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.1;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        bool var_15;
        const wp::float32 var_16 = 1e-05;
        bool var_17;
        const wp::int32 var_18 = 64;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        //---------
        // forward
        // def solve_implicit(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // target = targets[tid]                                                                  <L 16>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = weights[tid]                                                                       <L 17>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 19>
        var_9 = wp::clamp(var_5, var_7, var_8);
        // x = target                                                                             <L 20>
        var_10 = wp::copy(var_2);
        // delta = float(1.0)                                                                     <L 21>
        var_12 = wp::float(var_11);
        // it = int(0)                                                                            <L 22>
        var_14 = wp::int(var_13);
        // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 23>
        start_while_0:;
        var_17 = (var_12 > var_16);
        var_15 = var_17;
        if (var_15) {
            var_19 = (var_14 < var_18);
            var_15 = var_15 && var_19;
        }
        if ((var_15) == false) goto end_while_0;
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 24>
            var_21 = wp::sub(var_20, var_9);
            var_22 = wp::mul(var_21, var_10);
            var_23 = wp::cos(var_10);
            var_24 = wp::add(var_23, var_2);
            var_25 = wp::mul(var_9, var_24);
            var_26 = wp::add(var_22, var_25);
            // delta = wp.abs(x_next - x)                                                         <L 25>
            var_27 = wp::sub(var_26, var_10);
            var_28 = wp::abs(var_27);
            // x = x_next                                                                         <L 26>
            var_29 = wp::copy(var_26);
            // it += 1                                                                            <L 27>
            var_31 = wp::add(var_14, var_30);
            wp::assign(var_10, var_29);
            wp::assign(var_12, var_28);
            wp::assign(var_14, var_31);
        goto start_while_0;
        end_while_0:;
        // roots[tid] = x                                                                         <L 28>
        wp::array_store(var_roots, var_0, var_10);
        // iters_used[tid] = it                                                                   <L 29>
        wp::array_store(var_iters_used, var_0, var_14);
    }
}



extern "C" __global__ void solve_implicit_a12966d9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_targets,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_iters_used,
    wp::array_t<wp::float32> adj_targets,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_roots,
    wp::array_t<wp::int32> adj_iters_used)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.1;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        bool var_15;
        const wp::float32 var_16 = 1e-05;
        bool var_17;
        const wp::int32 var_18 = 64;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        //---------
        // forward
        // def solve_implicit(                                                                    <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // target = targets[tid]                                                                  <L 16>
        var_1 = wp::address(var_targets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = weights[tid]                                                                       <L 17>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // omega = wp.clamp(w, 0.1, 1.0)                                                          <L 19>
        var_9 = wp::clamp(var_5, var_7, var_8);
        // x = target                                                                             <L 20>
        var_10 = wp::copy(var_2);
        // delta = float(1.0)                                                                     <L 21>
        var_12 = wp::float(var_11);
        // it = int(0)                                                                            <L 22>
        var_14 = wp::int(var_13);
        // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 23>
        // roots[tid] = x                                                                         <L 28>
        // wp::array_store(var_roots, var_0, var_10);
        // iters_used[tid] = it                                                                   <L 29>
        // wp::array_store(var_iters_used, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_iters_used, var_0, var_14, adj_iters_used, adj_0, adj_14);
        // adj: iters_used[tid] = it                                                              <L 29>
        wp::adj_array_store(var_roots, var_0, var_10, adj_roots, adj_0, adj_10);
        // adj: roots[tid] = x                                                                    <L 28>
        start_while_0:;
        var_17 = (var_12 > var_16);
        var_15 = var_17;
        if (var_15) {
            var_19 = (var_14 < var_18);
            var_15 = var_15 && var_19;
        }
        if ((var_15) == false) goto end_while_0;
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
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 24>
            var_21 = wp::sub(var_20, var_9);
            var_22 = wp::mul(var_21, var_10);
            var_23 = wp::cos(var_10);
            var_24 = wp::add(var_23, var_2);
            var_25 = wp::mul(var_9, var_24);
            var_26 = wp::add(var_22, var_25);
            // delta = wp.abs(x_next - x)                                                         <L 25>
            var_27 = wp::sub(var_26, var_10);
            var_28 = wp::abs(var_27);
            // x = x_next                                                                         <L 26>
            var_29 = wp::copy(var_26);
            // it += 1                                                                            <L 27>
            var_31 = wp::add(var_14, var_30);
            wp::assign(var_10, var_29);
            wp::assign(var_12, var_28);
            wp::assign(var_14, var_31);
            wp::adj_assign(var_14, var_31, adj_14, adj_31);
            wp::adj_assign(var_12, var_28, adj_12, adj_28);
            wp::adj_assign(var_10, var_29, adj_10, adj_29);
            wp::adj_add(var_14, var_30, adj_14, adj_30, adj_31);
            // adj: it += 1                                                                       <L 27>
            wp::adj_copy(var_26, adj_26, adj_29);
            // adj: x = x_next                                                                    <L 26>
            wp::adj_abs(var_27, adj_27, adj_28);
            wp::adj_sub(var_26, var_10, adj_26, adj_10, adj_27);
            // adj: delta = wp.abs(x_next - x)                                                    <L 25>
            wp::adj_add(var_22, var_25, adj_22, adj_25, adj_26);
            wp::adj_mul(var_9, var_24, adj_9, adj_24, adj_25);
            wp::adj_add(var_23, var_2, adj_23, adj_2, adj_24);
            wp::adj_cos(var_10, adj_10, adj_23);
            wp::adj_mul(var_21, var_10, adj_21, adj_10, adj_22);
            wp::adj_sub(var_20, var_9, adj_20, adj_9, adj_21);
            // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                     <L 24>
        goto start_while_0;
        end_while_0:;
        // adj: while delta > 1.0e-5 and it < MAX_ITERS:                                          <L 23>
        // adj: it = int(0)                                                                       <L 22>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: delta = float(1.0)                                                                <L 21>
        wp::adj_copy(var_2, adj_2, adj_10);
        // adj: x = target                                                                        <L 20>
        wp::adj_clamp(var_5, var_7, var_8, adj_5, adj_7, adj_8, adj_9);
        // adj: omega = wp.clamp(w, 0.1, 1.0)                                                     <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: w = weights[tid]                                                                  <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_targets, var_0, adj_targets, adj_0, adj_1);
        // adj: target = targets[tid]                                                             <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def solve_implicit(                                                               <L 8>
        continue;
    }
}

