// Warp 1.19.0 cuda code for solve_implicit_48c69f4b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void solve_implicit_1b32d133_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_num_iters,
    wp::float32 var_target,
    wp::float32 var_alpha)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = 1e-05;
        bool var_11;
        const wp::int32 var_12 = 64;
        bool var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // forward
        // def solve_implicit(roots: wp.array[float], num_iters: wp.array[int], target: float, alpha: float):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // omega = wp.clamp(alpha, 0.1, 1.0)                                                      <L 12>
        var_3 = wp::clamp(var_alpha, var_1, var_2);
        // x = target                                                                             <L 13>
        var_4 = wp::copy(var_target);
        // delta = float(1.0)                                                                     <L 14>
        var_6 = wp::float(var_5);
        // it = int(0)                                                                            <L 15>
        var_8 = wp::int(var_7);
        // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 16>
        start_while_0:;
        var_11 = (var_6 > var_10);
        var_9 = var_11;
        if (var_9) {
            var_13 = (var_8 < var_12);
            var_9 = var_9 && var_13;
        }
        if ((var_9) == false) goto end_while_0;
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 17>
            var_15 = wp::sub(var_14, var_3);
            var_16 = wp::mul(var_15, var_4);
            var_17 = wp::cos(var_4);
            var_18 = wp::add(var_17, var_target);
            var_19 = wp::mul(var_3, var_18);
            var_20 = wp::add(var_16, var_19);
            // delta = wp.abs(x_next - x)                                                         <L 18>
            var_21 = wp::sub(var_20, var_4);
            var_22 = wp::abs(var_21);
            // x = x_next                                                                         <L 19>
            var_23 = wp::copy(var_20);
            // it += 1                                                                            <L 20>
            var_25 = wp::add(var_8, var_24);
            wp::assign(var_4, var_23);
            wp::assign(var_6, var_22);
            wp::assign(var_8, var_25);
        goto start_while_0;
        end_while_0:;
        // roots[tid] = x                                                                         <L 21>
        wp::array_store(var_roots, var_0, var_4);
        // num_iters[tid] = it                                                                    <L 22>
        wp::array_store(var_num_iters, var_0, var_8);
}



extern "C" __global__ void solve_implicit_1b32d133_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_roots,
    wp::array_t<wp::int32> var_num_iters,
    wp::float32 var_target,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> adj_roots,
    wp::array_t<wp::int32> adj_num_iters,
    wp::float32 adj_target,
    wp::float32 adj_alpha)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.1;
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = 1e-05;
        bool var_11;
        const wp::int32 var_12 = 64;
        bool var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        //---------
        // forward
        // def solve_implicit(roots: wp.array[float], num_iters: wp.array[int], target: float, alpha: float):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // omega = wp.clamp(alpha, 0.1, 1.0)                                                      <L 12>
        var_3 = wp::clamp(var_alpha, var_1, var_2);
        // x = target                                                                             <L 13>
        var_4 = wp::copy(var_target);
        // delta = float(1.0)                                                                     <L 14>
        var_6 = wp::float(var_5);
        // it = int(0)                                                                            <L 15>
        var_8 = wp::int(var_7);
        // while delta > 1.0e-5 and it < MAX_ITERS:                                               <L 16>
        // roots[tid] = x                                                                         <L 21>
        // wp::array_store(var_roots, var_0, var_4);
        // num_iters[tid] = it                                                                    <L 22>
        // wp::array_store(var_num_iters, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_num_iters, var_0, var_8, adj_num_iters, adj_0, adj_8);
        // adj: num_iters[tid] = it                                                               <L 22>
        wp::adj_array_store(var_roots, var_0, var_4, adj_roots, adj_0, adj_4);
        // adj: roots[tid] = x                                                                    <L 21>
        start_while_0:;
        var_11 = (var_6 > var_10);
        var_9 = var_11;
        if (var_9) {
            var_13 = (var_8 < var_12);
            var_9 = var_9 && var_13;
        }
        if ((var_9) == false) goto end_while_0;
        adj_14 = {};
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
            // x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                          <L 17>
            var_15 = wp::sub(var_14, var_3);
            var_16 = wp::mul(var_15, var_4);
            var_17 = wp::cos(var_4);
            var_18 = wp::add(var_17, var_target);
            var_19 = wp::mul(var_3, var_18);
            var_20 = wp::add(var_16, var_19);
            // delta = wp.abs(x_next - x)                                                         <L 18>
            var_21 = wp::sub(var_20, var_4);
            var_22 = wp::abs(var_21);
            // x = x_next                                                                         <L 19>
            var_23 = wp::copy(var_20);
            // it += 1                                                                            <L 20>
            var_25 = wp::add(var_8, var_24);
            wp::assign(var_4, var_23);
            wp::assign(var_6, var_22);
            wp::assign(var_8, var_25);
            wp::adj_assign(var_8, var_25, adj_8, adj_25);
            wp::adj_assign(var_6, var_22, adj_6, adj_22);
            wp::adj_assign(var_4, var_23, adj_4, adj_23);
            wp::adj_add(var_8, var_24, adj_8, adj_24, adj_25);
            // adj: it += 1                                                                       <L 20>
            wp::adj_copy(var_20, adj_20, adj_23);
            // adj: x = x_next                                                                    <L 19>
            wp::adj_abs(var_21, adj_21, adj_22);
            wp::adj_sub(var_20, var_4, adj_20, adj_4, adj_21);
            // adj: delta = wp.abs(x_next - x)                                                    <L 18>
            wp::adj_add(var_16, var_19, adj_16, adj_19, adj_20);
            wp::adj_mul(var_3, var_18, adj_3, adj_18, adj_19);
            wp::adj_add(var_17, var_target, adj_17, adj_target, adj_18);
            wp::adj_cos(var_4, adj_4, adj_17);
            wp::adj_mul(var_15, var_4, adj_15, adj_4, adj_16);
            wp::adj_sub(var_14, var_3, adj_14, adj_3, adj_15);
            // adj: x_next = (1.0 - omega) * x + omega * (wp.cos(x) + target)                     <L 17>
        goto start_while_0;
        end_while_0:;
        // adj: while delta > 1.0e-5 and it < MAX_ITERS:                                          <L 16>
        // adj: it = int(0)                                                                       <L 15>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: delta = float(1.0)                                                                <L 14>
        wp::adj_copy(var_target, adj_target, adj_4);
        // adj: x = target                                                                        <L 13>
        wp::adj_clamp(var_alpha, var_1, var_2, adj_alpha, adj_1, adj_2, adj_3);
        // adj: omega = wp.clamp(alpha, 0.1, 1.0)                                                 <L 12>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def solve_implicit(roots: wp.array[float], num_iters: wp.array[int], target: float, alpha: float):  <L 8>
        return;
}

