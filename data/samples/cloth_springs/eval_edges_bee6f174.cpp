// Warp 1.19.0 cpu code for eval_edges_bee6f174.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_eval_edges_f3c5a15b {
    wp::array_t<wp::int32> spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> positions;
    wp::array_t<wp::vec_t<2, wp::float32>> v;
    wp::array_t<wp::float32> rest_lengths;
    wp::array_t<wp::vec_t<2, wp::float32>> particle_f;
    wp::float32 stiffness;
    wp::float32 damping;
};


template <bool wp_linear_contiguous>
static void eval_edges_f3c5a15b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_edges_f3c5a15b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_damping = _wp_args->damping;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    //---------
    // forward
    // def eval_edges(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // xij = positions[i] - positions[j]                                                      <L 21>
    var_12 = wp::address(var_positions, var_3);
    var_13 = wp::address(var_positions, var_7);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // vij = v[i] - v[j]                                                                      <L 22>
    var_17 = wp::address(var_v, var_3);
    var_18 = wp::address(var_v, var_7);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    // l = wp.length(xij)                                                                     <L 23>
    var_22 = wp::length(var_14);
    // if l == 0.0:                                                                           <L 24>
    var_24 = (var_22 == var_23);
    if (var_24) {
        // return                                                                             <L 25>
        return;
    }
    // dir = xij / l                                                                          <L 26>
    var_25 = wp::div(var_14, var_22);
    // c = l - rest                                                                           <L 29>
    var_26 = wp::sub(var_22, var_10);
    // dcdt = wp.dot(dir, vij)                                                                <L 30>
    var_27 = wp::dot(var_25, var_19);
    // f = dir * (stiffness * c + damping * dcdt)                                             <L 31>
    var_28 = wp::mul(var_stiffness, var_26);
    var_29 = wp::mul(var_damping, var_27);
    var_30 = wp::add(var_28, var_29);
    var_31 = wp::mul(var_25, var_30);
    // wp.atomic_sub(particle_f, i, f)                                                        <L 32>
    var_32 = wp::atomic_sub(var_particle_f, var_3, var_31);
    // wp.atomic_add(particle_f, j, f)                                                        <L 33>
    var_33 = wp::atomic_add(var_particle_f, var_7, var_31);
}



template <bool wp_linear_contiguous>
static void eval_edges_f3c5a15b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_edges_f3c5a15b *_wp_args,
    wp_args_eval_edges_f3c5a15b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_damping = _wp_args->damping;
    wp::array_t<wp::int32> adj_spring_indices = _wp_adj_args->spring_indices;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_damping = _wp_adj_args->damping;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<2, wp::float32>* var_12;
    wp::vec_t<2, wp::float32>* var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    wp::vec_t<2, wp::float32> var_16;
    wp::vec_t<2, wp::float32>* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    wp::vec_t<2, wp::float32> var_19;
    wp::vec_t<2, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    bool var_24;
    wp::vec_t<2, wp::float32> var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<2, wp::float32> var_31;
    wp::vec_t<2, wp::float32> var_32;
    wp::vec_t<2, wp::float32> var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    wp::vec_t<2, wp::float32> adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::vec_t<2, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<2, wp::float32> adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::vec_t<2, wp::float32> adj_33 = {};
    //---------
    // forward
    // def eval_edges(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // xij = positions[i] - positions[j]                                                      <L 21>
    var_12 = wp::address(var_positions, var_3);
    var_13 = wp::address(var_positions, var_7);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::sub(var_15, var_16);
    // vij = v[i] - v[j]                                                                      <L 22>
    var_17 = wp::address(var_v, var_3);
    var_18 = wp::address(var_v, var_7);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::sub(var_20, var_21);
    // l = wp.length(xij)                                                                     <L 23>
    var_22 = wp::length(var_14);
    // if l == 0.0:                                                                           <L 24>
    var_24 = (var_22 == var_23);
    if (var_24) {
        // return                                                                             <L 25>
        goto label0;
    }
    // dir = xij / l                                                                          <L 26>
    var_25 = wp::div(var_14, var_22);
    // c = l - rest                                                                           <L 29>
    var_26 = wp::sub(var_22, var_10);
    // dcdt = wp.dot(dir, vij)                                                                <L 30>
    var_27 = wp::dot(var_25, var_19);
    // f = dir * (stiffness * c + damping * dcdt)                                             <L 31>
    var_28 = wp::mul(var_stiffness, var_26);
    var_29 = wp::mul(var_damping, var_27);
    var_30 = wp::add(var_28, var_29);
    var_31 = wp::mul(var_25, var_30);
    // wp.atomic_sub(particle_f, i, f)                                                        <L 32>
    // var_32 = wp::atomic_sub(var_particle_f, var_3, var_31);
    // wp.atomic_add(particle_f, j, f)                                                        <L 33>
    // var_33 = wp::atomic_add(var_particle_f, var_7, var_31);
    //---------
    // reverse
    wp::adj_atomic_add(var_particle_f, var_7, var_31, adj_particle_f, adj_7, adj_31, adj_33);
    // adj: wp.atomic_add(particle_f, j, f)                                                   <L 33>
    wp::adj_atomic_sub(var_particle_f, var_3, var_31, adj_particle_f, adj_3, adj_31, adj_32);
    // adj: wp.atomic_sub(particle_f, i, f)                                                   <L 32>
    wp::adj_mul(var_25, var_30, adj_25, adj_30, adj_31);
    wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
    wp::adj_mul(var_damping, var_27, adj_damping, adj_27, adj_29);
    wp::adj_mul(var_stiffness, var_26, adj_stiffness, adj_26, adj_28);
    // adj: f = dir * (stiffness * c + damping * dcdt)                                        <L 31>
    wp::adj_dot(var_25, var_19, adj_25, adj_19, adj_27);
    // adj: dcdt = wp.dot(dir, vij)                                                           <L 30>
    wp::adj_sub(var_22, var_10, adj_22, adj_10, adj_26);
    // adj: c = l - rest                                                                      <L 29>
    wp::adj_div(var_14, var_22, adj_14, adj_22, adj_25);
    // adj: dir = xij / l                                                                     <L 26>
    if (var_24) {
        label0:;
        // adj: return                                                                        <L 25>
    }
    // adj: if l == 0.0:                                                                      <L 24>
    wp::adj_length(var_14, var_22, adj_14, adj_22);
    // adj: l = wp.length(xij)                                                                <L 23>
    wp::adj_sub(var_20, var_21, adj_17, adj_18, adj_19);
    wp::adj_address(var_v, var_7, adj_v, adj_7, adj_18);
    wp::adj_address(var_v, var_3, adj_v, adj_3, adj_17);
    // adj: vij = v[i] - v[j]                                                                 <L 22>
    wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_13);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_12);
    // adj: xij = positions[i] - positions[j]                                                 <L 21>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
    // adj: rest = rest_lengths[tid]                                                          <L 18>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
    // adj: j = spring_indices[tid, 1]                                                        <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
    // adj: i = spring_indices[tid, 0]                                                        <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def eval_edges(                                                                   <L 5>
    return;
}



struct eval_edges_f3c5a15b_cpu_block_payload_forward
{
    wp_args_eval_edges_f3c5a15b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_edges_f3c5a15b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_edges_f3c5a15b_cpu_block_payload_forward* payload = (eval_edges_f3c5a15b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_edges_f3c5a15b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_edges_f3c5a15b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_edges_f3c5a15b *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        eval_edges_f3c5a15b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_edges_f3c5a15b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct eval_edges_f3c5a15b_cpu_block_payload_backward
{
    wp_args_eval_edges_f3c5a15b* args;
    wp_args_eval_edges_f3c5a15b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_edges_f3c5a15b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_edges_f3c5a15b_cpu_block_payload_backward* payload = (eval_edges_f3c5a15b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_edges_f3c5a15b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void eval_edges_f3c5a15b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_edges_f3c5a15b *_wp_args,
    wp_args_eval_edges_f3c5a15b *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        eval_edges_f3c5a15b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_edges_f3c5a15b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

